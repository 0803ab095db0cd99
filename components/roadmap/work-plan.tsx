import type { Roadmap } from "@/lib/roadmap/get-roadmap";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function WorkPlan({ rows }: { rows: Roadmap["workPlan"] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="work-plan" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="work-plan" className="text-lg font-semibold">
        План работы
      </h2>
      <ScrollRegion label="План работы" className="mt-2">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-slate-700">
              <th scope="col" className="py-1 pr-2 font-medium">
                №
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                Мероприятие
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                Сроки
              </th>
              <th scope="col" className="py-1 font-medium">
                Ответственные
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100 align-top">
                <td className="py-1 pr-2">{row.position}</td>
                <td className="py-1 pr-2">{row.title}</td>
                <td className="py-1 pr-2">{row.deadlineLabel}</td>
                <td className="py-1">{row.responsibleLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
