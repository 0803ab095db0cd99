import { PetitionForm } from "@/components/petitions/petition-form";
import { formatInstant } from "@/lib/format/date";
import type { OwnPetition } from "@/lib/petitions/list-own-petitions";
import { petitionStatusLabels } from "@/lib/petitions/labels";

/**
 * Under a working pair on the mentee's or the parent's dashboard: the latest petition to replace the mentor and the
 * director's decision, and the form to file one when none is waiting.
 */
export function PetitionStatus({
  mentorshipId,
  menteeId,
  petitions,
  timeZone,
  forChild,
}: {
  mentorshipId: string;
  menteeId: string;
  petitions: OwnPetition[];
  timeZone: string;
  forChild?: string;
}) {
  const latest = petitions.find((p) => p.mentorshipId === mentorshipId && p.menteeId === menteeId);
  return (
    <>
      {latest && (
        <p role="status" className="mt-3 rounded-md bg-slate-50 p-2 text-sm">
          Ходатайство о замене наставника от {formatInstant(latest.createdAt, timeZone)}: {petitionStatusLabels[latest.status]}
          {latest.decisionComment && ` — ${latest.decisionComment}`}
        </p>
      )}
      {latest?.status !== "PENDING" && <PetitionForm mentorshipId={mentorshipId} menteeId={menteeId} forChild={forChild} />}
    </>
  );
}
