import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatInstant, formatShortDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import type { PersonCard } from "@/lib/mentees/get-person-card";
import { className } from "@/lib/mentees/rules";
import { yearsWord } from "@/lib/mentees/years-word";

function statusOf(person: PersonCard, timeZone: string): string {
  if (person.anonymisedAt) return `Данные обезличены ${formatInstant(person.anonymisedAt, timeZone, "short")}`;
  if (person.pupil) {
    return person.pupil.status === "LEFT"
      ? `Выбыл(а)${person.pupil.leftAt ? ` ${formatShortDate(person.pupil.leftAt)}` : ""}`
      : "Учится";
  }
  if (person.staff) return person.staff.leftAt ? `Уволен(а) ${formatShortDate(person.staff.leftAt)}` : "Работает";
  return "—";
}

function PeopleLinks({ people }: { people: { id: string; lastName: string; firstName: string; middleName: string | null }[] }) {
  if (people.length === 0) return <>не указаны</>;
  return (
    <ul>
      {people.map((p) => (
        <li key={p.id}>
          <Link href={`/curator/people/${p.id}`} className="text-blue-800 underline">
            {fullName(p)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Who the person is in the school: name, birth date, class or position, status, family and consent. */
export function PersonDetails({ person, timeZone }: { person: PersonCard; timeZone: string }) {
  const rows: [string, React.ReactNode][] = [
    ["ФИО", fullName(person)],
    ["Дата рождения", person.birthDate ? formatShortDate(person.birthDate) : "не указана"],
  ];
  if (person.pupil) rows.push(["Класс", className(person.pupil)]);
  if (person.staff) {
    rows.push([
      "Должность",
      `${person.staff.position}, стаж ${person.staff.experienceYears} ${yearsWord(person.staff.experienceYears)}`,
    ]);
  }
  rows.push(["Статус", statusOf(person, timeZone)]);
  if (person.pupil || person.parents.length > 0) rows.push(["Родители", <PeopleLinks key="parents" people={person.parents} />]);
  if (person.children.length > 0) rows.push(["Дети", <PeopleLinks key="children" people={person.children} />]);
  rows.push(["Согласие на обработку данных", person.consent ?? "нет сведений"]);
  return (
    <Card>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[14rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-700">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
