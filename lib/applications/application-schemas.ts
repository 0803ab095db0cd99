import { z } from "zod";
import { ApplicationRole } from "@/lib/generated/prisma/enums";

export const submitApplicationSchema = z.object({
  personId: z.string({ error: "Выберите, за кого заявка" }).min(1, "Выберите, за кого заявка"),
  role: z.enum(ApplicationRole, { error: "Выберите, кем участвовать" }),
  text: z
    .string({ error: "Напишите запрос или что умеете" })
    .trim()
    .min(10, "Напишите подробнее (не короче 10 символов)")
    .max(2000, "Не длиннее 2000 символов"),
});

const applicationId = z.string({ error: "Не указана заявка" }).min(1, "Не указана заявка");

export const acceptApplicationSchema = z.object({ applicationId });

export const declineApplicationSchema = z.object({
  applicationId,
  reason: z
    .string({ error: "Напишите причину отказа" })
    .trim()
    .min(5, "Напишите причину отказа (не короче 5 символов)")
    .max(1000, "Не длиннее 1000 символов"),
});

export type SubmitApplicationInput = z.input<typeof submitApplicationSchema>;
export type DeclineApplicationInput = z.input<typeof declineApplicationSchema>;

/** Categories an adult from outside the school picks on the signed-out form (lib/mentors/labels.ts names them). */
export const publicApplicantCategories = ["UNIVERSITY_STUDENT", "ALUMNUS", "PARENT", "PARTNER_EMPLOYEE"] as const;

const name = (label: string) =>
  z
    .string({ error: `Укажите ${label}` })
    .trim()
    .min(2, `Укажите ${label}`)
    .max(100, "Не длиннее 100 символов");

/** The signed-out form of an adult from outside the school who offers to be a mentor. */
export const publicApplicationSchema = z.object({
  schoolSlug: z.string().trim().min(1).max(100),
  /** The consent text the form showed: the applicant agrees to that version, not to one published since. */
  consentTextId: z.string().trim().min(1).max(100),
  lastName: name("фамилию"),
  firstName: name("имя"),
  middleName: z.string().trim().max(100, "Не длиннее 100 символов").default(""),
  email: z
    .string({ error: "Укажите адрес электронной почты" })
    .trim()
    .toLowerCase()
    .max(200, "Не длиннее 200 символов")
    .pipe(z.email({ error: "Введите адрес вида name@example.ru" })),
  phone: z
    .string()
    .trim()
    .max(30, "Не длиннее 30 символов")
    .refine((v) => v === "" || /^[+\d][\d\s()-]{5,}$/.test(v), { error: "Введите телефон цифрами, например +7 900 123-45-67" })
    .default(""),
  category: z.enum(publicApplicantCategories, { error: "Выберите, кто вы" }),
  text: submitApplicationSchema.shape.text,
  consent: z.literal(true, { error: "Без согласия на обработку персональных данных заявку принять нельзя" }),
});

export type PublicApplicationInput = z.input<typeof publicApplicationSchema>;
