import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayCalendarDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";
import { getHealthThresholds } from "./get-health-thresholds";
import { assessPairHealth } from "./health-rules";
import { loadHealthFacts } from "./load-health-facts";

const personName = { select: { id: true, lastName: true, firstName: true, middleName: true } } as const;

/** One pair of the school for the curator: its people, its health (while it works) and its meetings' hours. */
export async function getPairOverview(viewer: Viewer, mentorshipId: string) {
  assertCan(viewer, "pair-health:read");
  const pair = await db.mentorship.findFirst({
    where: { id: mentorshipId, schoolId: viewer.schoolId },
    select: {
      id: true,
      status: true,
      form: true,
      format: true,
      startedOn: true,
      mentorId: true,
      mentor: { select: { person: personName } },
      mentees: { where: { leftOn: null }, select: { menteeId: true, mentee: { select: { person: personName } } } },
    },
  });
  if (!pair) throw new AppError("NOT_FOUND");
  const today = todayCalendarDate(viewer.timeZone);
  const [facts, thresholds, minutes] = await Promise.all([
    loadHealthFacts(db, viewer.schoolId, today, { mentorId: pair.mentorId }),
    getHealthThresholds(db, viewer.schoolId),
    db.meeting.aggregate({
      where: { schoolId: viewer.schoolId, mentorshipId },
      _sum: { durationMinutes: true },
      _count: { _all: true },
    }),
  ]);
  const fact = facts.find((f) => f.mentorshipId === pair.id);
  await recordReads(
    viewer,
    pair.mentees.map((m) => m.mentee.person.id),
    "Контроль пар: карточка пары",
  );
  return {
    ...pair,
    _count: { meetings: minutes._count._all },
    mentorName: fullName(pair.mentor.person),
    mentees: pair.mentees.map((m) => ({ id: m.menteeId, name: fullName(m.mentee.person) })),
    health: fact ? { ...assessPairHealth(fact, thresholds, today), lastMeetingOn: fact.lastMeetingOn } : null,
    meetingMinutes: minutes._sum.durationMinutes ?? 0,
  };
}
