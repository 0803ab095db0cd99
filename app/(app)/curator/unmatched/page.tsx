import type { Metadata } from "next";
import { NoteActionForm } from "@/components/unmatched/note-action-form";
import { Card, PageTitle } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requirePage } from "@/lib/auth/guard";
import { formatInstant } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { can } from "@/lib/permissions";
import { listUnmatched } from "@/lib/unmatched/list-unmatched";
import { referToPsychologist } from "@/lib/unmatched/refer-to-psychologist";

export const metadata: Metadata = { title: "Наставляемые без пары" };

export default async function UnmatchedPage() {
  const viewer = await requirePage("/curator/unmatched");
  const rows = await listUnmatched(viewer);
  const mayRefer = can(viewer, "referral:create");
  return (
    <>
      <PageTitle subtitle="Они остаются в поиске и попадут в следующий подбор; при необходимости направьте к психологу (этап 5.5)">
        Наставляемые без пары
      </PageTitle>
      <Card title={`Без пары: ${rows.length}`}>
        {rows.length === 0 ? (
          <p>У всех наставляемых есть пара или группа.</p>
        ) : (
          <ScrollRegion label="Наставляемые без пары">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">
                    Наставляемый
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Причина
                  </th>
                  <th scope="col" className="py-2">
                    Психолог
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} className="border-b border-slate-100 align-top">
                    <td className="py-2 pr-3">
                      {fullName(row.person)}
                      {row.person.pupil && `, ${row.person.pupil.grade}${row.person.pupil.classLetter}`}
                    </td>
                    <td className="py-2 pr-3">{row.reason.text}</td>
                    <td className="py-2">
                      {row.referredAt ? (
                        `направлен ${formatInstant(row.referredAt, viewer.timeZone, "short")}`
                      ) : mayRefer ? (
                        <NoteActionForm
                          action={referToPsychologist}
                          input={{ menteeId: row.id }}
                          summary="Направить к психологу"
                          noteLabel="Что важно знать психологу (конфиденциально)"
                          submitLabel="Направить"
                          id={`refer-${row.id}`}
                        />
                      ) : null}
                    </td>
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
