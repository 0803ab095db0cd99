import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { fullName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";

const nameFields = { lastName: true, firstName: true, middleName: true } as const;

/**
 * «Обучение наставников»: the school's training events with who attended, and the mentors who may be ticked
 * (everyone in selection, plus anyone already marked on an event).
 */
export async function listTrainingEvents(viewer: Viewer) {
  assertCan(viewer, "mentor-base:read");
  const schoolId = viewer.schoolId;
  const [events, mentors] = await Promise.all([
    db.trainingEvent.findMany({
      where: { schoolId },
      select: {
        id: true,
        title: true,
        heldOn: true,
        description: true,
        attendance: { where: { schoolId, attended: true }, select: { mentorId: true } },
      },
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    }),
    db.mentorProfile.findMany({
      where: { schoolId, OR: [{ status: { not: "DECLINED" } }, { trainings: { some: { attended: true } } }] },
      select: { id: true, personId: true, status: true, person: { select: nameFields } },
      orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
    }),
  ]);
  await recordReads(
    viewer,
    mentors.map((m) => m.personId),
    "Обучение наставников",
  );
  return {
    events: events.map(({ attendance, ...event }) => ({ ...event, attendedMentorIds: attendance.map((a) => a.mentorId) })),
    mentors: mentors.map((m) => ({ id: m.id, status: m.status, name: fullName(m.person) })),
  };
}
