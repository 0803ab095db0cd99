import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import { mayOpen, type RoutePattern } from "@/lib/routes/route-access";

const sections: { href: RoutePattern; label: string }[] = [
  { href: "/curator/programme", label: "Программа" },
  { href: "/curator/applications", label: "Заявки" },
  { href: "/curator/roster", label: "Контингент" },
  { href: "/curator/mentees", label: "Наставляемые" },
  { href: "/curator/mentors", label: "Наставники" },
  { href: "/curator/group-meetings", label: "Групповые встречи" },
  { href: "/curator/pairs", label: "Пары и группы" },
  { href: "/curator/unmatched", label: "Без пары" },
  { href: "/curator/plans", label: "Планы и встречи" },
  { href: "/curator/pair-health", label: "Контроль пар" },
  { href: "/curator/mentor-hours", label: "Часы наставников" },
  { href: "/curator/completion", label: "Завершение пар" },
  { href: "/curator/final-event", label: "Итоговое мероприятие" },
  { href: "/director/awards", label: "Награды наставникам" },
  { href: "/curator/cases", label: "Кейсы" },
  { href: "/curator/year-close", label: "Закрытие года" },
  { href: "/director/orders", label: "Приказы" },
  { href: "/director/petitions", label: "Ходатайства" },
  { href: "/curator/consents", label: "Согласия" },
  { href: "/curator/invitations", label: "Приглашения" },
  { href: "/curator/questionnaires", label: "Анкеты" },
  { href: "/curator/monitoring", label: "Мониторинг" },
  { href: "/applications", label: "Заявка на участие" },
];

/** Links to the sections the viewer may open, from the same route table the pages guard themselves with. */
export function SectionNav({ viewer }: { viewer: Viewer }) {
  const visible = sections.filter((s) => mayOpen(viewer, s.href));
  if (visible.length === 0) return null;
  return (
    <nav aria-label="Разделы" className="flex w-full flex-wrap gap-x-4 gap-y-1 text-sm">
      {visible.map((s) => (
        <Link key={s.href} href={s.href} className="text-blue-800 underline">
          {s.label}
        </Link>
      ))}
    </nav>
  );
}
