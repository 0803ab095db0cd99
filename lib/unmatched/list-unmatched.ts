import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { explainWaiting } from "@/lib/matching/draft/explain-waiting";
import { loadCohort } from "@/lib/matching/draft/load-cohort";
import { assertCan } from "@/lib/permissions";
import { findCurrentProgramme } from "@/lib/roadmap/find-current-programme";

/**
 * Mentees of the base left without a pair (stage 5.5) — not in a pair, an order or the matching draft — each with the
 * reason the matching gives and their open referral to the psychologist, for the curator. Those who left the school or
 * whose data were anonymised are not waiting and are not listed.
 */
export async function listUnmatched(viewer: Viewer) {
  assertCan(viewer, "mentorship:create");
  const programme = await findCurrentProgramme(viewer.schoolId);
  if (!programme) return [];
  const [cohort, referrals] = await Promise.all([
    loadCohort(db, viewer, programme.id),
    db.psychologistReferral.findMany({
      where: { schoolId: viewer.schoolId, closedAt: null },
      select: { menteeId: true, createdAt: true },
    }),
  ]);
  const context = { settings: cohort.programme.settings, forms: cohort.programme.forms };
  const waiting = cohort.mentees.filter((m) => !m.draft);
  await recordReads(
    viewer,
    waiting.map((m) => m.person.id),
    "Наставляемые без пары",
  );
  return waiting.map((m) => {
    const excluded = new Set(cohort.exclusions.filter((e) => e.menteeId === m.id).map((e) => e.mentorId));
    return {
      id: m.id,
      person: m.person,
      reason: explainWaiting(m, cohort.mentors, context, excluded),
      referredAt: referrals.find((r) => r.menteeId === m.id)?.createdAt ?? null,
    };
  });
}
