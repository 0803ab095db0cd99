import { z } from "zod";
import { formLabels, formatLabels } from "@/lib/mentorships/labels";
import type { MentoringForm, WorkFormat } from "@/lib/generated/prisma/enums";
import { checkboxes } from "@/lib/validation/checkbox-fields";

const forms = Object.keys(formLabels) as MentoringForm[];
const formats = Object.keys(formatLabels) as WorkFormat[];

/** One schema for the «new pair or group» form and the createMentorship action. */
export const mentorshipSchema = z.object({
  mentorId: z.string({ error: "Выберите наставника" }).min(1, "Выберите наставника"),
  menteeIds: checkboxes(
    z.array(z.string()).min(1, "Отметьте хотя бы одного наставляемого").max(30, "Не больше 30 наставляемых в группе"),
  ),
  form: z.enum(forms, { error: "Выберите форму наставничества" }),
  format: z.enum(formats, { error: "Выберите формат работы" }),
  goal: z.string().trim().max(500, "Не длиннее 500 символов").optional().default(""),
});

export type MentorshipInput = z.input<typeof mentorshipSchema>;
