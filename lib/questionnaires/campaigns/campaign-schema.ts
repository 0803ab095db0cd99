import { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { dateField } from "@/lib/validation/date-field";
import { checkboxes } from "@/lib/validation/checkbox-fields";

export const audienceKinds = ["FORM_MENTEES", "CLASS_PARENTS", "PROGRAMME_MENTORS", "CHOSEN_PEOPLE"] as const;
export type AudienceKind = (typeof audienceKinds)[number];

export const audienceKindLabels: Record<AudienceKind, string> = {
  FORM_MENTEES: "Наставляемые формы",
  CLASS_PARENTS: "Родители класса",
  PROGRAMME_MENTORS: "Наставники программы",
  CHOSEN_PEOPLE: "Выбранные люди",
};

/** The template audience each way of choosing people fits; chosen people answer about themselves. */
export const audienceRoles: Record<AudienceKind, Role[]> = {
  FORM_MENTEES: ["MENTEE"],
  CLASS_PARENTS: ["PARENT"],
  PROGRAMME_MENTORS: ["MENTOR"],
  CHOSEN_PEOPLE: ["MENTEE", "MENTOR"],
};

/** The automatic reminders a curator can choose: this many days before the deadline. */
export const REMINDER_DAYS = [7, 3, 1] as const;

/** The school day an automatic reminder goes out. */
export function reminderDay(dueOn: Date, daysBefore: number): Date {
  return new Date(dueOn.getTime() - daysBefore * 24 * 60 * 60 * 1000);
}

export function reminderLabel(daysBefore: number): string {
  if (daysBefore === 1) return "за 1 день до срока";
  return `за ${daysBefore} ${daysBefore < 5 ? "дня" : "дней"} до срока`;
}

const mentoringForms = [
  "PUPIL_PUPIL",
  "TEACHER_TEACHER",
  "STUDENT_PUPIL",
  "PARENT_PUPIL",
  "TEACHER_PUPIL",
  "EMPLOYER_PUPIL",
] as const;

/** Flat fields so one form can switch between audiences; the refinement asks for what the chosen kind needs. */
export const launchCampaignSchema = z
  .object({
    templateId: z.string().min(1, "Выберите анкету"),
    title: z.string().trim().min(3, "Название не короче 3 символов").max(200, "Не длиннее 200 символов"),
    dueOn: dateField({ required: "Укажите срок" }),
    monitoringPhase: z.enum(["", "BEFORE", "AFTER"]).default(""),
    audienceKind: z.enum(audienceKinds, { error: "Выберите, кому отправить" }),
    form: z.enum(["", ...mentoringForms]).default(""),
    classKey: z.string().trim().max(6).default(""),
    personIds: checkboxes(z.array(z.string().min(1)).max(1000)),
    /** Automatic reminders, days before the deadline. */
    reminderDays: checkboxes(
      z
        .array(
          z.coerce
            .number()
            .int()
            .pipe(z.union(REMINDER_DAYS.map((d) => z.literal(d)))),
        )
        .max(3),
    ),
  })
  .superRefine((value, ctx) => {
    if (value.audienceKind === "FORM_MENTEES" && !value.form) {
      ctx.addIssue({ code: "custom", path: ["form"], message: "Выберите форму наставничества" });
    }
    if (value.audienceKind === "CLASS_PARENTS" && !value.classKey) {
      ctx.addIssue({ code: "custom", path: ["classKey"], message: "Укажите класс, например 7А" });
    }
    if (value.audienceKind === "CHOSEN_PEOPLE" && value.personIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["personIds"], message: "Отметьте хотя бы одного человека" });
    }
  });

export type LaunchCampaignInput = z.input<typeof launchCampaignSchema>;
export type LaunchCampaignValues = z.output<typeof launchCampaignSchema>;

export const campaignIdSchema = z.object({ campaignId: z.string().min(1) });

/** What the launch did, for the curator: who got the questionnaire and who was left out and why. */
export interface LaunchReport {
  campaignId: string;
  created: number;
  excluded: { name: string; reason: string }[];
  alreadyPending: number;
}
