import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { currentProgramme } from "@/lib/completion/current-programme";
import { db } from "@/lib/db/client";
import { todayCalendarDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";
import { listInvitablePeople } from "./list-invitable-people";
import { loadCandidateFacts } from "./load-candidate-facts";
import { rankCandidates } from "./rank-candidates";

/**
 * The curator's final-event page: the event, the people it may invite, its guests, the ranked candidates, the awards.
 * The read of the invitable people and the guests is audited.
 */
export async function getFinalEvent(viewer: Viewer) {
  assertCan(viewer, "final-event:manage");
  const programme = await currentProgramme(viewer.schoolId);
  if (!programme) return null;
  const event = await db.finalEvent.findFirst({
    where: { schoolId: viewer.schoolId, programmeId: programme.id },
    select: {
      id: true,
      title: true,
      startsAt: true,
      place: true,
      status: true,
      invitedAt: true,
      guests: {
        orderBy: { certificateNumber: "asc" },
        select: {
          id: true,
          certificateNumber: true,
          attended: true,
          person: { select: { id: true, lastName: true, firstName: true, middleName: true } },
        },
      },
      awards: {
        orderBy: { proposedAt: "asc" },
        select: {
          id: true,
          nomination: true,
          text: true,
          status: true,
          letterNumber: true,
          declineReason: true,
          mentor: { select: { person: { select: { lastName: true, firstName: true, middleName: true } } } },
        },
      },
    },
  });
  const [invitable, facts] = await Promise.all([
    listInvitablePeople(viewer.schoolId, programme.id),
    loadCandidateFacts(db, viewer.schoolId, programme.id, todayCalendarDate(viewer.timeZone)),
  ]);
  await recordReads(
    viewer,
    [...invitable.map((p) => p.personId), ...(event?.guests.map((g) => g.person.id) ?? [])],
    "Итоговое мероприятие: приглашённые и гости",
  );
  const participants = new Set(invitable.filter((p) => p.participant).map((p) => p.personId));
  return {
    programme,
    event: event && {
      ...event,
      guests: event.guests.map((g) => ({ ...g, name: fullName(g.person), participant: participants.has(g.person.id) })),
      awards: event.awards.map((a) => ({ ...a, mentorName: fullName(a.mentor.person) })),
    },
    invitable,
    candidates: rankCandidates(facts),
  };
}
