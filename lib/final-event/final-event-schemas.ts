import { z } from "zod";
import { checkboxes } from "@/lib/validation/checkbox-fields";
import { dateField } from "@/lib/validation/date-field";

export const finalEventSchema = z.object({
  title: z.string().trim().min(3, "Название не короче 3 символов").max(200, "Не длиннее 200 символов"),
  date: dateField({ required: "Укажите дату" }),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Укажите время, например 15:00"),
  place: z.string().trim().min(3, "Укажите место (не короче 3 символов)").max(300, "Не длиннее 300 символов"),
});
export type FinalEventInput = z.input<typeof finalEventSchema>;

export const inviteGuestsSchema = z.object({
  personIds: checkboxes(z.array(z.string().min(1)).min(1, "Отметьте хотя бы одного человека").max(2000)),
});
export type InviteGuestsInput = z.input<typeof inviteGuestsSchema>;

export const attendanceSchema = z.object({
  attendedGuestIds: checkboxes(z.array(z.string().min(1)).max(2000)),
});
export type AttendanceInput = z.input<typeof attendanceSchema>;

export const proposeAwardSchema = z.object({
  mentorId: z.string().min(1, "Выберите наставника"),
  nomination: z.string().trim().min(3, "Название номинации не короче 3 символов").max(200, "Не длиннее 200 символов"),
  text: z.string().trim().min(10, "Текст благодарности не короче 10 символов").max(2000, "Не длиннее 2000 символов"),
});
export type ProposeAwardInput = z.input<typeof proposeAwardSchema>;

export const decideAwardSchema = z
  .object({
    awardId: z.string().min(1),
    decision: z.enum(["APPROVED", "DECLINED"], { error: "Выберите решение" }),
    reason: z.string().trim().max(1000, "Не длиннее 1000 символов").default(""),
  })
  .refine((v) => v.decision === "APPROVED" || v.reason.length >= 3, {
    path: ["reason"],
    message: "Укажите причину отказа",
  });
export type DecideAwardInput = z.input<typeof decideAwardSchema>;
