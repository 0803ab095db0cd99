"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayCalendarDate } from "@/lib/format/date";
import { loadPreferenceForms } from "./load-preference-forms";
import { preferenceSchema } from "./preference-schema";

/**
 * Saves one ranking (replacing the previous one): the chooser must be one the viewer may answer for, and every choice
 * someone who was at a group meeting with the chooser — the same rule the form was built by.
 */
export const savePreferences = defineAction(
  { schema: preferenceSchema, permission: "preference:enter" },
  async (input, viewer) => {
    const { programmeId, forms } = await loadPreferenceForms(viewer, todayCalendarDate(viewer.timeZone));
    const form = forms.find((f) => f.chooserKind === input.chooserKind && f.chooserId === input.chooserId);
    if (!programmeId || !form) throw new AppError("NOT_FOUND");
    if (input.choices.length > form.max) {
      throw new AppError("INVALID", "Проверьте поля формы.", { choices: [`Можно выбрать не больше ${form.max}`] });
    }
    const offered = new Set(form.options.map((o) => o.id));
    if (input.choices.some((id) => !offered.has(id))) {
      throw new AppError("INVALID", "Проверьте поля формы.", { choices: ["Выбирайте из тех, кто был на встрече"] });
    }
    const asMentee = input.chooserKind === "MENTEE";
    const direction = asMentee ? "MENTEE_TO_MENTOR" : "MENTOR_TO_MENTEE";
    const chooser = asMentee ? { menteeId: form.chooserId } : { mentorId: form.chooserId };
    await db.$transaction(async (tx) => {
      await tx.matchPreference.deleteMany({ where: { schoolId: viewer.schoolId, programmeId, direction, ...chooser } });
      await tx.matchPreference.createMany({
        data: input.choices.map((id, i) => ({
          schoolId: viewer.schoolId,
          programmeId,
          direction,
          menteeId: asMentee ? form.chooserId : id,
          mentorId: asMentee ? id : form.chooserId,
          rank: i + 1,
          enteredById: viewer.userId,
        })),
      });
      await recordAudit(tx, viewer, {
        action: "preferences.save",
        entityType: asMentee ? "MenteeProfile" : "MentorProfile",
        entityId: form.chooserId,
        details: { choices: input.choices.length, forChild: Boolean(form.forChild) },
      });
    });
    revalidatePath("/preferences");
    return { saved: input.choices.length };
  },
);
