import { z } from "zod";
import { MentorCategory } from "@/lib/generated/prisma/enums";
import { outsideCategories } from "./labels";
import { dateField } from "@/lib/validation/date-field";
import { optionalText } from "./schema-fields";

export const mentorSources = ["STAFF", "PUPIL", "OUTSIDE"] as const;
export type MentorSource = (typeof mentorSources)[number];

/** One schema for the «Добавить наставника» form and the addMentor action. */
export const addMentorSchema = z
  .object({
    source: z.enum(mentorSources, { error: "Выберите, кого добавляете" }),
    personId: z.string().default(""),
    lastName: optionalText(100),
    firstName: optionalText(100),
    middleName: optionalText(100),
    birthDate: dateField({ notFuture: "Дата рождения не может быть в будущем" }),
    category: z.enum(MentorCategory).optional(),
    partnerId: z.string().default(""),
  })
  .superRefine((value, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (value.source !== "OUTSIDE") {
      if (!value.personId) issue("personId", value.source === "STAFF" ? "Выберите сотрудника" : "Выберите ученика");
      return;
    }
    if (value.lastName.length < 2) issue("lastName", "Укажите фамилию");
    if (value.firstName.length < 2) issue("firstName", "Укажите имя");
    if (!value.category || !outsideCategories.includes(value.category)) issue("category", "Выберите категорию");
    if (value.category === "PARTNER_EMPLOYEE" && !value.partnerId) issue("partnerId", "Выберите организацию-партнёра");
  });

export type AddMentorInput = z.input<typeof addMentorSchema>;
