import type { PrismaClient } from "@/lib/generated/prisma/client";
import { workingHere } from "@/lib/accounts/working-here";
import { shortName } from "@/lib/format/person-name";
import { notify } from "@/lib/notifications/notify";
import { getHealthThresholds } from "@/lib/pair-health/get-health-thresholds";
import { assessPairHealth } from "@/lib/pair-health/health-rules";
import { loadHealthFacts } from "@/lib/pair-health/load-health-facts";
import { dayKey, type SchoolDay } from "./scan-context";

const DAY = 24 * 60 * 60 * 1000;
const personName = { select: { lastName: true, firstName: true, middleName: true } } as const;

/**
 * Nudges about pairs under risk, from the health of all the school's pairs computed at once: the mentor once per
 * episode of risk (the key names the day it began, so a new gap after a meeting nudges again), and the curators once
 * when the pair has stayed under risk for the school's `curatorAfterDays`.
 */
export async function scanPairHealth(db: PrismaClient, day: SchoolDay): Promise<number> {
  const [facts, thresholds] = await Promise.all([
    loadHealthFacts(db, day.schoolId, day.today),
    getHealthThresholds(db, day.schoolId),
  ]);
  const atRisk = facts.flatMap((f) => {
    const health = assessPairHealth(f, thresholds, day.today);
    return health.status === "RISK" && health.riskSince ? [{ ...f, health, riskSince: health.riskSince }] : [];
  });
  if (atRisk.length === 0) return 0;
  const pairs = await db.mentorship.findMany({
    where: { schoolId: day.schoolId, id: { in: atRisk.map((p) => p.mentorshipId) } },
    select: {
      id: true,
      mentor: { select: { person: personName } },
      mentees: { where: { leftOn: null }, select: { mentee: { select: { person: personName } } } },
    },
  });
  const names = new Map(pairs.map((p) => [p.id, p]));
  const lasting = atRisk.filter((p) => (day.today.getTime() - p.riskSince.getTime()) / DAY >= thresholds.curatorAfterDays);
  const curators = lasting.length
    ? await db.user.findMany({ where: workingHere(day.schoolId, ["CURATOR"]), select: { id: true } })
    : [];
  const reasonOf = (p: (typeof atRisk)[number]) => p.health.reasons.find((r) => r.level === "RISK")!.text.toLowerCase();
  const created = await db.$transaction(async (tx) => [
    ...(await notify(tx, {
      kind: "PAIR_AT_RISK",
      schoolId: day.schoolId,
      dedupeKey: "pair-at-risk",
      recipients: atRisk.flatMap((p) =>
        p.mentorUserId
          ? [
              {
                userId: p.mentorUserId,
                title: `Пара с ${names
                  .get(p.mentorshipId)!
                  .mentees.map((m) => shortName(m.mentee.person))
                  .join(", ")} под риском: ${reasonOf(p)}. Запланируйте встречу.`,
                href: `/mentor/pairs/${p.mentorshipId}`,
                dedupeKey: `pair-at-risk:${p.mentorshipId}:${dayKey(p.riskSince)}`,
              },
            ]
          : [],
      ),
    })),
    ...(await notify(tx, {
      kind: "PAIR_AT_RISK",
      schoolId: day.schoolId,
      dedupeKey: "pair-at-risk-curator",
      recipients: lasting.flatMap((p) =>
        curators.map((curator) => ({
          userId: curator.id,
          title: `Пара наставника ${shortName(names.get(p.mentorshipId)!.mentor.person)} остаётся под риском: ${reasonOf(p)}`,
          href: `/curator/pair-health/${p.mentorshipId}`,
          dedupeKey: `pair-at-risk-curator:${p.mentorshipId}:${dayKey(p.riskSince)}`,
        })),
      ),
    })),
  ]);
  return created.length;
}
