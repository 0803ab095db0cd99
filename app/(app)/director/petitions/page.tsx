import type { Metadata } from "next";
import { DecidePetitionForm } from "@/components/petitions/decide-petition-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { formatInstant } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { formLabels } from "@/lib/mentorships/labels";
import { can } from "@/lib/permissions";
import { petitionStatusLabels } from "@/lib/petitions/labels";
import { listPetitions } from "@/lib/petitions/list-petitions";

export const metadata: Metadata = { title: "Ходатайства о замене наставника" };

export default async function PetitionsPage() {
  const viewer = await requirePage("/director/petitions");
  const petitions = await listPetitions(viewer);
  const mayDecide = can(viewer, "petition:decide");
  return (
    <>
      <PageTitle subtitle="Одобренное ходатайство выводит наставляемого из пары: куратор подберёт ему нового наставника">
        Ходатайства о замене наставника
      </PageTitle>
      {petitions.length === 0 && <p>Ходатайств нет.</p>}
      <ul className="space-y-4">
        {petitions.map((p) => {
          const mentee = fullName(p.mentee.person);
          const pupil = p.mentee.person.pupil;
          return (
            <li key={p.id}>
              <Card title={`${mentee}${pupil ? `, ${pupil.grade} «${pupil.classLetter}»` : ""}`}>
                <p className="text-sm text-slate-700">
                  Наставник: {fullName(p.mentorship.mentor.person)} · {formLabels[p.mentorship.form]} · подано{" "}
                  {formatInstant(p.createdAt, viewer.timeZone)} {p.byParent ? "родителем" : "самим наставляемым"}
                </p>
                <p className="mt-2">{p.reason}</p>
                <p className="mt-2 font-medium">
                  {petitionStatusLabels[p.status]}
                  {p.decisionComment && ` — ${p.decisionComment}`}
                </p>
                {p.status === "PENDING" && mayDecide && <DecidePetitionForm petitionId={p.id} menteeName={mentee} />}
              </Card>
            </li>
          );
        })}
      </ul>
    </>
  );
}
