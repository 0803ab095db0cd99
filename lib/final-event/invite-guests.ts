"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatInstant } from "@/lib/format/date";
import { notify } from "@/lib/notifications/notify";
import { inviteGuestsSchema } from "./final-event-schemas";
import { listInvitablePeople } from "./list-invitable-people";
import { requireCurrentEvent } from "./load-current-event";

/**
 * Invites the chosen people to the final event (only people the event may invite: the programme's pairs and the
 * director) and tells each through a notification — a pupil under 14 without an account through their parents. A person
 * invited twice stays one guest with their certificate number.
 */
export const inviteGuests = defineAction(
  { schema: inviteGuestsSchema, permission: "final-event:manage" },
  async (input, viewer) => {
    const event = await requireCurrentEvent(viewer);
    const invitable = new Set((await listInvitablePeople(viewer.schoolId, event.programmeId)).map((p) => p.personId));
    const chosen = [...new Set(input.personIds)];
    if (chosen.some((id) => !invitable.has(id))) throw new AppError("NOT_FOUND");
    const people = await db.person.findMany({
      where: { schoolId: viewer.schoolId, id: { in: chosen } },
      select: { id: true, userId: true, parents: { select: { parent: { select: { userId: true } } } } },
    });
    const invited = await db.$transaction(async (tx) => {
      // Serialises invitations to one event: two at once would both take max + 1 as a certificate number.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`final-event-guests:${event.id}`}))`;
      const existing = await tx.finalEventGuest.findMany({
        where: { eventId: event.id, schoolId: viewer.schoolId },
        select: { personId: true, certificateNumber: true },
      });
      const already = new Set(existing.map((g) => g.personId));
      let next = existing.reduce((max, g) => Math.max(max, g.certificateNumber), 0);
      const fresh = chosen.filter((id) => !already.has(id));
      await tx.finalEventGuest.createMany({
        data: fresh.map((personId) => ({ schoolId: viewer.schoolId, eventId: event.id, personId, certificateNumber: ++next })),
      });
      await tx.finalEvent.updateMany({ where: { id: event.id, schoolId: viewer.schoolId }, data: { invitedAt: new Date() } });
      const when = formatInstant(event.startsAt, viewer.timeZone, "dateTime");
      const title = `Приглашение: «${event.title}», ${when}, ${event.place}`;
      const userIds = new Set(
        people
          .filter((p) => fresh.includes(p.id))
          .flatMap((p) => (p.userId ? [p.userId] : p.parents.flatMap((l) => (l.parent.userId ? [l.parent.userId] : [])))),
      );
      await notify(tx, {
        kind: "FINAL_EVENT_INVITATION",
        schoolId: viewer.schoolId,
        dedupeKey: `final-event:${event.id}`,
        recipients: [...userIds].map((userId) => ({ userId, title, href: "/notifications" })),
      });
      await recordAudit(tx, viewer, {
        action: "final-event.invite",
        entityType: "FinalEvent",
        entityId: event.id,
        details: { invited: fresh.length },
      });
      return fresh.length;
    });
    revalidatePath("/curator/final-event");
    return { invited };
  },
);
