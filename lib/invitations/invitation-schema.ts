import { z } from "zod";

/** Whom a class's codes are for. */
export const audiences = ["MENTEE", "PARENT", "BOTH"] as const;
export type Audience = (typeof audiences)[number];

export const audienceLabels: Record<Audience, string> = {
  MENTEE: "Ученики",
  PARENT: "Родители",
  BOTH: "Ученики и родители",
};

/**
 * Codes for a whole class (classKey), or a new code of one kind for one pupil (personId).
 * resetPassword is the curator's explicit confirmation that a pupil who already has an account gets a code
 * that sets a new password; only the per-pupil button sends it, and a class-wide issue never makes such codes.
 */
export const issueInvitationsSchema = z
  .object({
    classKey: z.string().trim().max(10).optional(),
    personId: z.string().min(1).max(100).optional(),
    audience: z.enum(audiences, { error: "Выберите, для кого коды" }),
    resetPassword: z.boolean().optional().default(false),
  })
  .refine((v) => Boolean(v.classKey) !== Boolean(v.personId), { error: "Выберите класс", path: ["classKey"] })
  .refine((v) => !v.personId || v.audience !== "BOTH", { error: "Для одного ученика выдаётся один код", path: ["audience"] })
  .refine((v) => !v.resetPassword || (v.personId && v.audience === "MENTEE"), {
    error: "Код для смены пароля выдаётся только одному ученику",
    path: ["resetPassword"],
  });

export type IssueInvitationsInput = z.input<typeof issueInvitationsSchema>;

export const deactivateAccountSchema = z.object({ userId: z.string().min(1).max(100) });

const code = z.string().trim().min(1, "Введите код приглашения").max(40, "Код приглашения — 10 символов");

const login = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Логин — не короче 3 символов")
  .max(40, "Логин — не длиннее 40 символов")
  .regex(/^[a-z0-9._-]+$/, "Логин: только латинские буквы, цифры, точка, дефис и подчёркивание");

const passwords = {
  password: z.string().min(8, "Пароль — не короче 8 символов").max(200, "Пароль — не длиннее 200 символов"),
  passwordConfirm: z.string().min(1, "Повторите пароль"),
};

const samePasswords = (v: { password: string; passwordConfirm: string }) => v.password === v.passwordConfirm;
const mismatch = { error: "Пароли не совпадают", path: ["passwordConfirm"] };

const namePart = (label: string) =>
  z.string().trim().min(1, `Введите: ${label}`).max(100, `${label} — не длиннее 100 символов`);

/** A pupil's first account. */
export const menteeSignUpSchema = z.object({ code, login, ...passwords }).refine(samePasswords, mismatch);

/** A pupil who already has an account (the curator re-issued a code): only a new password. */
export const passwordResetSchema = z.object({ code, ...passwords }).refine(samePasswords, mismatch);

/** A parent: their own name, then the account. */
export const parentSignUpSchema = z
  .object({
    code,
    lastName: namePart("фамилия"),
    firstName: namePart("имя"),
    middleName: z.string().trim().max(100, "Отчество — не длиннее 100 символов").optional().default(""),
    login,
    ...passwords,
  })
  .refine(samePasswords, mismatch);

/** Which form the join page shows for a code. */
export type SignUpKind = "mentee" | "password-reset" | "parent";

export const signUpSchemas = {
  mentee: menteeSignUpSchema,
  "password-reset": passwordResetSchema,
  parent: parentSignUpSchema,
} as const;

/** Everything any of the three forms sends. */
export interface SignUpInput {
  code: string;
  password: string;
  passwordConfirm: string;
  login?: string;
  lastName?: string;
  firstName?: string;
  middleName?: string;
}
