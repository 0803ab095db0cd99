import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { loadMatchCandidates } from "@/lib/matching/load-match-candidates";
import { unmatchedReason } from "./unmatched-reason";

/**
 * Mentees of the base left without a pair, each with the reason and their open referral to the psychologist, for the
 * curator. Those who left the school or whose data were anonymised are not waiting and are not listed.
 */
export async function listUnmatched(viewer: Viewer) {
  const [candidates, referrals] = await Promise.all([
    loadMatchCandidates(viewer),
    db.psychologistReferral.findMany({
      where: { schoolId: viewer.schoolId, closedAt: null },
      select: { menteeId: true, createdAt: true },
    }),
  ]);
  const freeMentors = candidates.mentors.filter((m) => m.eligibility.eligible && m.freePlaces > 0).map((m) => m.category);
  const waiting = candidates.mentees.filter((m) => !m.inOpenPair && !m.person.anonymisedAt && m.person.pupil?.status !== "LEFT");
  await recordReads(
    viewer,
    waiting.map((m) => m.person.id),
    "Наставляемые без пары",
  );
  return waiting.map((m) => ({
    id: m.id,
    person: m.person,
    reason: unmatchedReason(m, freeMentors),
    referredAt: referrals.find((r) => r.menteeId === m.id)?.createdAt ?? null,
  }));
}
