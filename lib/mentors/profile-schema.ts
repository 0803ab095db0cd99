import { z } from "zod";
import { MenteeRequestKind, MentorCategory, MentoringForm, WorkFormat } from "@/lib/generated/prisma/enums";
import { availabilitySlotsField, traitsField } from "@/lib/matching/matching-profile-fields";
import { dateField } from "@/lib/validation/date-field";
import { checkboxes } from "@/lib/validation/checkbox-fields";
import { optionalText } from "./schema-fields";

/** One schema for the mentor's profile form and the updateMentorProfile action. */
export const mentorProfileSchema = z
  .object({
    mentorId: z.string().min(1),
    /** Only people from outside the school change category; staff stay teachers and pupils senior pupils. */
    category: z.enum(MentorCategory, { error: "Выберите категорию" }),
    partnerId: z.string().default(""),
    competencies: optionalText(2000),
    competencyKinds: checkboxes(z.array(z.enum(MenteeRequestKind, { error: "Выберите запрос из списка" }))),
    /** A mentor who leads a group: the group's common request; "" for separate pairs. */
    groupRequest: z.union([z.literal(""), z.enum(MenteeRequestKind, { error: "Выберите запрос из списка" })]).default(""),
    availabilitySlots: availabilitySlotsField,
    traits: traitsField,
    strengths: optionalText(2000),
    preferredForms: checkboxes(z.array(z.enum(MentoringForm))),
    preferredFormats: checkboxes(z.array(z.enum(WorkFormat))),
    capacity: z.coerce
      .number({ error: "Укажите число наставляемых" })
      .int("Целое число")
      .min(1, "Не меньше 1")
      .max(10, "Не больше 10"),
    availability: optionalText(500),
    contact: optionalText(200),
    certificateIssuedOn: dateField({ notFuture: "Дата выдачи справки не может быть в будущем" }),
  })
  .superRefine((value, ctx) => {
    if (value.category === "PARTNER_EMPLOYEE" && !value.partnerId) {
      ctx.addIssue({ code: "custom", path: ["partnerId"], message: "Выберите организацию-партнёра" });
    }
  });

export type MentorProfileInput = z.input<typeof mentorProfileSchema>;
