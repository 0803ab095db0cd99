import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayCalendarDate } from "@/lib/format/date";
import { fullName, shortName } from "@/lib/format/person-name";
import { can } from "@/lib/permissions";
import { getHealthThresholds } from "./get-health-thresholds";
import { assessPairHealth, healthRank, type HealthStatus } from "./health-rules";
import { loadHealthFacts } from "./load-health-facts";

const personName = { select: { id: true, lastName: true, firstName: true, middleName: true } } as const;

/**
 * The health of the active pairs the viewer may see: every pair of the school for the curator (the control board),
 * the viewer's own pairs for a mentor, or with `own` (the mentor's pages of a curator who mentors too). Riskiest first,
 * then by the longest gap. `status` filters.
 */
export async function listPairHealth(viewer: Viewer, options: { status?: HealthStatus; now?: Date; own?: boolean } = {}) {
  const board = !options.own && can(viewer, "pair-health:read");
  if (!board && !can(viewer, "mentorship:read-own")) throw new AppError("FORBIDDEN");
  const mentor = board
    ? null
    : await db.mentorProfile.findFirst({
        where: { schoolId: viewer.schoolId, person: { userId: viewer.userId } },
        select: { id: true },
      });
  if (!board && !mentor) return { rows: [], thresholds: await getHealthThresholds(db, viewer.schoolId) };
  const today = todayCalendarDate(viewer.timeZone, options.now);
  const [facts, thresholds] = await Promise.all([
    loadHealthFacts(db, viewer.schoolId, today, { mentorId: mentor?.id }),
    getHealthThresholds(db, viewer.schoolId),
  ]);
  const pairs = await db.mentorship.findMany({
    where: { schoolId: viewer.schoolId, id: { in: facts.map((f) => f.mentorshipId) } },
    select: {
      id: true,
      mentor: { select: { person: personName } },
      mentees: { where: { leftOn: null }, select: { mentee: { select: { person: personName } } } },
    },
  });
  const byId = new Map(pairs.map((p) => [p.id, p]));
  const rows = facts
    .map((f) => {
      const pair = byId.get(f.mentorshipId)!;
      return {
        ...f,
        ...assessPairHealth(f, thresholds, today),
        mentorName: fullName(pair.mentor.person),
        menteeNames: pair.mentees.map((m) => shortName(m.mentee.person)),
        menteePersonIds: pair.mentees.map((m) => m.mentee.person.id),
      };
    })
    .filter((row) => !options.status || row.status === options.status)
    .sort(
      (a, b) =>
        healthRank[a.status] - healthRank[b.status] ||
        (a.lastMeetingOn?.getTime() ?? 0) - (b.lastMeetingOn?.getTime() ?? 0) ||
        a.mentorName.localeCompare(b.mentorName, "ru"),
    );
  await recordReads(
    viewer,
    rows.flatMap((r) => r.menteePersonIds),
    board ? "Контроль пар: здоровье пар" : "Кабинет наставника: здоровье пар",
  );
  return { rows, thresholds };
}
