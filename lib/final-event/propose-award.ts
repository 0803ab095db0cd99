"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notifyRole } from "@/lib/notifications/notify-role";
import { proposeAwardSchema } from "./final-event-schemas";
import { requireCurrentEvent } from "./load-current-event";

/** The curator proposes an award to a mentor of the programme's pairs; the director is asked to decide. */
export const proposeAward = defineAction(
  { schema: proposeAwardSchema, permission: "final-event:manage" },
  async (input, viewer) => {
    const event = await requireCurrentEvent(viewer);
    const mentor = await db.mentorProfile.findFirst({
      where: {
        id: input.mentorId,
        schoolId: viewer.schoolId,
        mentorships: { some: { programmeId: event.programmeId, status: { in: ["ACTIVE", "COMPLETED"] } } },
      },
      select: { id: true },
    });
    if (!mentor) throw new AppError("INVALID", "Проверьте поля формы.", { mentorId: ["Выберите наставника программы"] });
    const award = await db.$transaction(async (tx) => {
      const created = await tx.mentorAward.create({
        data: {
          schoolId: viewer.schoolId,
          eventId: event.id,
          mentorId: mentor.id,
          nomination: input.nomination,
          text: input.text,
          proposedById: viewer.userId,
        },
        select: { id: true },
      });
      await notifyRole(tx, ["DIRECTOR"], {
        kind: "AWARD_PROPOSED",
        schoolId: viewer.schoolId,
        dedupeKey: `award-proposed:${created.id}`,
        title: `Куратор предлагает награду в номинации «${input.nomination}»: нужно ваше решение`,
        href: "/director/awards",
      });
      await recordAudit(tx, viewer, { action: "award.propose", entityType: "MentorAward", entityId: created.id });
      return created;
    });
    revalidatePath("/curator/final-event");
    revalidatePath("/director/awards");
    return award;
  },
);
