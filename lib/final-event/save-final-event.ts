"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { currentProgramme } from "@/lib/completion/current-programme";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { zonedInstant } from "@/lib/format/date";
import { finalEventSchema } from "./final-event-schemas";

/** The curator creates or changes the current programme's final event: title, date and time (school's clock), place. */
export const saveFinalEvent = defineAction(
  { schema: finalEventSchema, permission: "final-event:manage" },
  async (input, viewer) => {
    const programme = await currentProgramme(viewer.schoolId);
    if (!programme) throw new AppError("INVALID", "В школе ещё нет программы наставничества.");
    const data = { title: input.title, place: input.place, startsAt: zonedInstant(input.date, input.time, viewer.timeZone) };
    const event = await db.$transaction(async (tx) => {
      const saved = await tx.finalEvent.upsert({
        where: { programmeId: programme.id },
        create: { schoolId: viewer.schoolId, programmeId: programme.id, createdById: viewer.userId, ...data },
        update: data,
        select: { id: true },
      });
      await recordAudit(tx, viewer, { action: "final-event.save", entityType: "FinalEvent", entityId: saved.id });
      return saved;
    });
    revalidatePath("/curator/final-event");
    return event;
  },
);
