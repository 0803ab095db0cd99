import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { mentorshipsAsMentee } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

const personName = { select: { lastName: true, firstName: true, middleName: true } } as const;

/** The mentee's own pairs/groups: the mentor and the meetings, nothing about other mentees. */
export async function getOwnParticipation(viewer: Viewer) {
  assertCan(viewer, "participation:read-own");
  return db.mentorship.findMany({
    where: mentorshipsAsMentee(viewer),
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      form: true,
      format: true,
      status: true,
      goal: true,
      mentor: { select: { person: personName } },
      meetings: { orderBy: { heldOn: "desc" }, select: { id: true, heldOn: true, type: true, topic: true, durationMinutes: true } },
    },
  });
}
