import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { listDestructionActs } from "@/lib/consent/list-destruction-acts";
import { formatInstant } from "@/lib/format/date";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Акты об уничтожении персональных данных" };

const cell = "border-b border-slate-200 px-2 py-2 align-top";

export default async function DestructionActsPage() {
  const viewer = await requirePage("/curator/consents/acts");
  const acts = await listDestructionActs(viewer);
  return (
    <>
      <Link href="/curator/consents" className="text-sm text-blue-800 underline">
        ← Согласия
      </Link>
      <PageTitle subtitle="Составляются автоматически, когда после отзыва согласия истекает срок хранения и данные человека обезличиваются">
        Акты об уничтожении персональных данных
      </PageTitle>
      <Card>
        {acts.length === 0 ? (
          <p>Актов пока нет.</p>
        ) : (
          <ScrollRegion label="Акты об уничтожении">
            <table className="w-full min-w-[40rem] border-collapse text-sm">
              <thead>
                <tr className="text-left">
                  <th scope="col" className={cell}>
                    №
                  </th>
                  <th scope="col" className={cell}>
                    Дата
                  </th>
                  <th scope="col" className={cell}>
                    Уничтоженные данные
                  </th>
                  <th scope="col" className={cell}>
                    Основание
                  </th>
                  <th scope="col" className={cell}>
                    Запись
                  </th>
                </tr>
              </thead>
              <tbody>
                {acts.map((act) => (
                  <tr key={act.id}>
                    <th scope="row" className={`${cell} text-left`}>
                      {act.number}
                    </th>
                    <td className={cell}>{formatInstant(act.performedAt, viewer.timeZone, "short")}</td>
                    <td className={cell}>{act.dataCategories.join("; ")}</td>
                    <td className={cell}>{act.reason}</td>
                    <td className={`${cell} font-mono text-xs`}>{act.personId}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Card>
    </>
  );
}
