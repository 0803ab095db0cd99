import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requirePage } from "@/lib/auth/guard";
import { formatInstant } from "@/lib/format/date";
import { listSchoolPlans } from "@/lib/plans/list-school-plans";

export const metadata: Metadata = { title: "Планы и встречи пар" };

export default async function CuratorPlansPage() {
  const viewer = await requirePage("/curator/plans");
  const pairs = await listSchoolPlans(viewer);
  return (
    <>
      <PageTitle subtitle="Индивидуальные планы работающих пар и групп, ближайшие встречи">Планы и встречи пар</PageTitle>
      {pairs.length === 0 && <p>Работающих пар пока нет.</p>}
      {pairs.length > 0 && (
        <ScrollRegion label="Пары и их планы">
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th className="p-2">Наставник</th>
                <th className="p-2">Наставляемые</th>
                <th className="p-2">План</th>
                <th className="p-2">Ближайшая встреча</th>
                <th className="p-2">Действия</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p) => (
                <tr key={p.id} className="border-t border-slate-200">
                  <td className="p-2">{p.mentor}</td>
                  <td className="p-2">{p.mentees.join(", ")}</td>
                  <td className="p-2">
                    {p.plans === 0
                      ? "нет"
                      : `${p.progress.done} из ${p.progress.total} задач${p.progress.percent !== null ? ` (${p.progress.percent} %)` : ""}`}
                  </td>
                  <td className="p-2">{p.nextMeeting ? formatInstant(p.nextMeeting, viewer.timeZone, "shortDateTime") : "—"}</td>
                  <td className="p-2">
                    <Link href={`/plans/${p.id}`} className="text-blue-800 underline">
                      План
                    </Link>{" "}
                    ·{" "}
                    <Link href={`/curator/plans/${p.id}/meeting`} className="text-blue-800 underline">
                      Записать встречу за наставника
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
