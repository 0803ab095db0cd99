import Link from "next/link";
import type { SchoolFigures } from "@/lib/municipality/summarise-schools";
import { satisfactionCell } from "@/lib/municipality/municipal-report-document";
import { cellText } from "@/lib/reports/export/report-document";
import { ScrollRegion } from "@/components/ui/scroll-region";

const percent = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });

type Total = Omit<SchoolFigures, "schoolId" | "schoolName" | "target" | "minAge" | "stage" | "stageTitle">;

/** The schools' KPIs side by side with the municipality's total (counts and shares only). */
export function SchoolKpiTable({ schools, total }: { schools: SchoolFigures[]; total: Total }) {
  const headers = [
    "Школа",
    "Охват, %",
    "Молодые педагоги — наставляемые, %",
    "Педагоги — наставники, %",
    "Наставляемые с парой, %",
    "Удовлетворённость (1–10)",
    "Этап программы",
    "Просрочено",
  ];
  const row = (s: Total) => [
    percent.format(s.coverage.percent),
    percent.format(s.youngTeachers.percent),
    percent.format(s.teacherMentors.percent),
    percent.format(s.menteesPaired.percent),
    cellText(satisfactionCell(s.satisfaction, s.satisfactionPeople)),
  ];
  return (
    <ScrollRegion label="Показатели школ">
      <table className="w-full text-left text-sm" data-testid="school-kpis">
        <caption className="sr-only">Показатели школ муниципалитета</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {headers.map((h) => (
              <th key={h} scope="col" className="py-2 pr-3 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {schools.map((s) => (
            <tr key={s.schoolId} className="border-b border-slate-100 align-top" data-testid={`school-${s.schoolId}`}>
              <th scope="row" className="py-2 pr-3 font-normal">
                <Link href={`/municipality/schools/${s.schoolId}`} className="text-blue-800 underline">
                  {s.schoolName}
                </Link>
              </th>
              {row(s).map((text, i) => (
                <td key={i} className="py-2 pr-3">
                  {text}
                </td>
              ))}
              <td className="py-2 pr-3">{s.stageTitle ?? "программа не начата"}</td>
              <td className="py-2 pr-3">{s.overdueItems}</td>
            </tr>
          ))}
          <tr className="font-medium">
            <th scope="row" className="py-2 pr-3">
              Всего
            </th>
            {row(total).map((text, i) => (
              <td key={i} className="py-2 pr-3">
                {text}
              </td>
            ))}
            <td className="py-2 pr-3" />
            <td className="py-2 pr-3">{total.overdueItems}</td>
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}
