import type { Metadata } from "next";
import { AddCandidateButton } from "@/components/mentor-history/add-candidate-button";
import { MentorsNav } from "@/components/mentors/mentors-nav";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { fullName } from "@/lib/format/person-name";
import { listMentorCandidates } from "@/lib/mentor-history/list-mentor-candidates";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Кандидаты в наставники" };

/**
 * Mentees who want to become mentors (evaluated result 8, from the monitoring questionnaire): proposed for the next
 * year's base of mentors (7.8). Added through the same code as «Добавить наставника».
 */
export default async function MentorCandidatesPage() {
  const viewer = await requirePage("/curator/mentors/candidates");
  const candidates = await listMentorCandidates(viewer);
  const editor = can(viewer, "mentor-base:edit");
  return (
    <>
      <PageTitle subtitle="Наставляемые, которые в анкете мониторинга ответили, что хотят сами стать наставниками">
        Кандидаты в наставники на следующий год
      </PageTitle>
      <MentorsNav viewer={viewer} current="/curator/mentors/candidates" />
      <Card title={`Кандидаты (${candidates.length})`}>
        {candidates.length === 0 ? (
          <p>Пока никто не ответил, что хочет стать наставником.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {candidates.map((c) => (
              <li key={c.personId} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <div>
                  <p className="font-medium">{fullName(c)}</p>
                  <p className="text-sm text-slate-700">
                    {c.grade ? `${c.grade} «${c.classLetter}» класс` : c.kind === "YOUNG_TEACHER" ? "молодой педагог" : ""}
                    {c.value !== null && ` · желание стать наставником: ${c.value}${c.scaleMax ? ` из ${c.scaleMax}` : ""}`}
                  </p>
                </div>
                {editor &&
                  (c.source ? (
                    <AddCandidateButton personId={c.personId} source={c.source} name={fullName(c)} />
                  ) : (
                    <p className="text-sm text-slate-700">Наставником может стать ученик 9–11 класса</p>
                  ))}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
