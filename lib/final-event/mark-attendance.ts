"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { attendanceSchema } from "./final-event-schemas";
import { requireCurrentEvent } from "./load-current-event";

/** The curator marks who came to the final event (the others did not); the event is then held. */
export const markAttendance = defineAction(
  { schema: attendanceSchema, permission: "final-event:manage" },
  async (input, viewer) => {
    const event = await requireCurrentEvent(viewer);
    if (event.startsAt.getTime() > Date.now()) {
      throw new AppError("INVALID", "Мероприятие ещё не началось: отметить присутствие можно с его начала.");
    }
    const came = [...new Set(input.attendedGuestIds)];
    await db.$transaction(async (tx) => {
      const scope = { eventId: event.id, schoolId: viewer.schoolId };
      const { count } = await tx.finalEventGuest.updateMany({ where: { ...scope, id: { in: came } }, data: { attended: true } });
      if (count !== came.length) throw new AppError("NOT_FOUND");
      await tx.finalEventGuest.updateMany({ where: { ...scope, id: { notIn: came } }, data: { attended: false } });
      await tx.finalEvent.updateMany({ where: { id: event.id, schoolId: viewer.schoolId }, data: { status: "HELD" } });
      await recordAudit(tx, viewer, {
        action: "final-event.attendance",
        entityType: "FinalEvent",
        entityId: event.id,
        details: { attended: came.length },
      });
    });
    revalidatePath("/curator/final-event");
    return { attended: came.length };
  },
);
