import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { fullName, shortName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";
import { planProgress } from "./plan-progress";

/** The curator's list of the school's working pairs: their plans' progress and the next planned meeting. */
export async function listSchoolPlans(viewer: Viewer) {
  assertCan(viewer, "meeting:log-for-mentor");
  const pairs = await db.mentorship.findMany({
    where: { schoolId: viewer.schoolId, status: "ACTIVE" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      mentor: { select: { person: { select: { lastName: true, firstName: true, middleName: true } } } },
      mentees: {
        where: { leftOn: null },
        select: {
          mentee: { select: { personId: true, person: { select: { lastName: true, firstName: true, middleName: true } } } },
        },
      },
      plans: { select: { goals: { select: { tasks: { select: { status: true } } } } } },
      plannedMeetings: {
        where: { status: "PLANNED", startsAt: { gte: new Date() } },
        orderBy: { startsAt: "asc" },
        take: 1,
        select: { startsAt: true },
      },
    },
  });
  await recordReads(
    viewer,
    pairs.flatMap((p) => p.mentees.map((m) => m.mentee.personId)),
    "Планы пар (куратор)",
  );
  return pairs.map((p) => ({
    id: p.id,
    mentor: fullName(p.mentor.person),
    mentees: p.mentees.map((m) => shortName(m.mentee.person)),
    plans: p.plans.length,
    progress: planProgress(p.plans.flatMap((plan) => plan.goals.flatMap((g) => g.tasks))),
    nextMeeting: p.plannedMeetings[0]?.startsAt ?? null,
  }));
}
