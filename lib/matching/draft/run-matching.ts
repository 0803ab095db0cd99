"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayCalendarDate } from "@/lib/format/date";
import { optimiseCohort } from "@/lib/matching/optimiser/optimise-cohort";
import { scoreCohortEdges } from "@/lib/matching/score/score-cohort";
import { findCurrentProgramme } from "@/lib/roadmap/find-current-programme";
import { assertYearOpen } from "@/lib/year-close/year-closed";
import { claimDraft, lockPairForming } from "./claim-draft";
import { runMatchingSchema } from "./draft-schemas";
import { loadCohort } from "./load-cohort";
import { planProposalWrites } from "./plan-proposal-writes";
import { dropEmptyDraftPairs, writeDraftPairs } from "./write-draft-pairs";

/**
 * The curator runs the cohort optimiser (stage 5.3): proposals not yet accepted are dropped, the pairs the curator
 * formed or accepted stay (their places are taken), removed pairs are never proposed, and the new proposal goes into
 * the draft for the curator to accept, replace or remove.
 */
export const runMatching = defineAction({ schema: runMatchingSchema, permission: "mentorship:create" }, async (input, viewer) => {
  const current = await findCurrentProgramme(viewer.schoolId);
  if (!current) throw new AppError("INVALID", "Сначала начните программу наставничества учебного года.");
  await assertYearOpen(viewer.schoolId, current.id);
  const where = { schoolId: viewer.schoolId, programmeId: current.id };
  const result = await db.$transaction(
    async (tx) => {
      await lockPairForming(tx, viewer.schoolId);
      await assertYearOpen(viewer.schoolId, current.id, tx); // again under the lock closeYear takes
      await claimDraft(tx, viewer.schoolId, current.id, input.version);
      const cohort = await loadCohort(tx, viewer, current.id);
      // Every proposal not accepted goes, also of mentees who left the cohort since (left the school, anonymised).
      const { count: dropped } = await tx.mentorshipMentee.deleteMany({
        where: {
          schoolId: viewer.schoolId,
          accepted: false,
          mentorship: { ...where, status: "FORMING", orderId: null },
        },
      });
      await dropEmptyDraftPairs(tx, where);

      const mentees = cohort.mentees.filter((m) => m.eligibility.eligible && !m.draft?.accepted);
      const mentors = cohort.mentors.filter((m) => m.eligibility?.eligible && m.placesForMatching > 0);
      const context = { settings: cohort.programme.settings, forms: cohort.programme.forms };
      const proposal = optimiseCohort({
        mentees: mentees.map((m) => ({ id: m.id, requests: m.requests.map((r) => r.kind) })),
        mentors: mentors.map((m) => ({ id: m.id, freePlaces: m.placesForMatching, groupRequest: m.groupRequest })),
        edges: scoreCohortEdges(mentees, mentors, context),
        forbidden: cohort.exclusions,
        objective: input.objective,
      });
      const draftGroups = await tx.mentorship.findMany({
        where: { ...where, status: "FORMING", orderId: null, format: "GROUP" },
        select: { id: true, mentorId: true, form: true },
      });
      const planned = planProposalWrites(
        proposal,
        new Map(mentees.map((m) => [m.id, m])),
        new Map(mentors.map((m) => [m.id, m])),
        context,
        draftGroups,
      );
      await writeDraftPairs(tx, where, planned, { accepted: false, joinedOn: todayCalendarDate(viewer.timeZone) });
      const summary = {
        objective: input.objective,
        proposed: proposal.matched,
        unmatched: proposal.unmatched.length + cohort.mentees.filter((m) => !m.eligibility.eligible && !m.draft).length,
        totalScore: proposal.totalScore,
      };
      await recordAudit(tx, viewer, {
        action: "matching.run",
        entityType: "Programme",
        entityId: current.id,
        details: { ...summary, dropped },
      });
      return summary;
    },
    { timeout: 60_000 },
  );
  revalidatePath("/curator/pairs");
  return result;
});
