import type { Metadata } from "next";
import { DecideAwardForm } from "@/components/final-event/decide-award-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { awardStatusLabels } from "@/lib/final-event/award-labels";
import { listAwardProposals } from "@/lib/final-event/list-award-proposals";
import { formatInstant } from "@/lib/format/date";

export const metadata: Metadata = { title: "Награды наставникам" };

export default async function AwardsPage() {
  const viewer = await requirePage("/director/awards");
  const awards = await listAwardProposals(viewer);
  return (
    <>
      <PageTitle subtitle="Куратор предлагает награды лучшим наставникам к итоговому мероприятию; утверждённая награда получает благодарственное письмо">
        Награды наставникам
      </PageTitle>
      {awards.length === 0 && <p>Предложений нет.</p>}
      <ul className="space-y-4">
        {awards.map((a) => (
          <li key={a.id}>
            <Card title={`«${a.nomination}» — ${a.mentorName}`}>
              <p>{a.text}</p>
              <p className="mt-1 text-sm text-slate-700">
                {a.event.title}, {formatInstant(a.event.startsAt, viewer.timeZone, "dateTime")} · предложено{" "}
                {formatInstant(a.proposedAt, viewer.timeZone)}
              </p>
              <p className="mt-2 font-medium">
                {awardStatusLabels[a.status]}
                {a.declineReason && ` — ${a.declineReason}`}
              </p>
              {a.status === "PROPOSED" && <DecideAwardForm awardId={a.id} label={`«${a.nomination}» — ${a.mentorName}`} />}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
