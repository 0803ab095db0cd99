"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayCalendarDate } from "@/lib/format/date";
import { preparationSchema } from "./preparation-schema";

/** The viewer's own preparation hours for a month (0 removes them); not for a month that has not begun. */
export const savePreparation = defineAction(
  { schema: preparationSchema, permission: "mentor-hours:enter-own" },
  async ({ month, hours }, viewer) => {
    const mentor = await db.mentorProfile.findFirst({
      where: { schoolId: viewer.schoolId, person: { userId: viewer.userId } },
      select: { id: true },
    });
    if (!mentor) throw new AppError("NOT_FOUND");
    const first = new Date(`${month}-01T00:00:00.000Z`);
    if (first > todayCalendarDate(viewer.timeZone)) {
      throw new AppError("INVALID", "Проверьте поля формы.", { month: ["Этот месяц ещё не начался"] });
    }
    const minutes = Math.round(hours * 60);
    await db.$transaction(async (tx) => {
      if (minutes === 0) await tx.mentorPreparation.deleteMany({ where: { mentorId: mentor.id, month: first } });
      else {
        await tx.mentorPreparation.upsert({
          where: { mentorId_month: { mentorId: mentor.id, month: first } },
          update: { minutes },
          create: { schoolId: viewer.schoolId, mentorId: mentor.id, month: first, minutes },
        });
      }
      await recordAudit(tx, viewer, {
        action: "mentor-preparation.save",
        entityType: "MentorProfile",
        entityId: mentor.id,
        details: { month, minutes },
      });
    });
    revalidatePath("/mentor");
    return { month, minutes };
  },
);
