import { z } from "zod";
import { STAFF_ROLES } from "@/lib/accounts/account-schema";

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

export const loginField = z
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

const namePart = (label: string) => z.string().trim().min(1, `Введите: ${label}`).max(100, `${label} — не длиннее 100 символов`);

/** A pupil's first account. */
export const menteeSignUpSchema = z.object({ code, login: loginField, ...passwords }).refine(samePasswords, mismatch);

/** A pupil who already has an account (the curator re-issued a code): only a new password. */
export const passwordResetSchema = z.object({ code, ...passwords }).refine(samePasswords, mismatch);

/** A parent: their own name, then the account. */
export const parentSignUpSchema = z
  .object({
    code,
    lastName: namePart("фамилия"),
    firstName: namePart("имя"),
    middleName: z.string().trim().max(100, "Отчество — не длиннее 100 символов").optional().default(""),
    login: loginField,
    ...passwords,
  })
  .refine(samePasswords, mismatch);

/** A member of staff or a mentor: the name is already on their card, only the account. */
export const accountSignUpSchema = z.object({ code, login: loginField, ...passwords }).refine(samePasswords, mismatch);

/**
 * «У меня уже есть аккаунт»: a parent's code for another child, or a staff or mentor code for someone who already
 * signs in (a parent who is also a mentor) — the existing login and password link it, no second account is made.
 */
export const linkExistingSchema = z.object({
  code,
  mode: z.literal("existing"),
  login: z.string().trim().toLowerCase().min(1, "Введите свой логин").max(200, "Логин — не длиннее 200 символов"),
  password: z.string().min(1, "Введите свой пароль").max(200, "Пароль — не длиннее 200 символов"),
});

/** Which form the join page shows for a code. */
export type SignUpKind = "mentee" | "password-reset" | "parent" | "account";

/** Codes that may be linked to an account the person already has. */
export const linkableKinds: readonly SignUpKind[] = ["parent", "account"];

export const signUpSchemas = {
  mentee: menteeSignUpSchema,
  "password-reset": passwordResetSchema,
  parent: parentSignUpSchema,
  account: accountSignUpSchema,
} as const;

/** Everything any of the three forms sends. */
export interface SignUpInput {
  code: string;
  mode?: "new" | "existing";
  password: string;
  passwordConfirm: string;
  login?: string;
  lastName?: string;
  firstName?: string;
  middleName?: string;
}

/** The admin's code for a member of staff from the roster, with the roles the account gets. */
export const inviteStaffSchema = z.object({
  personId: z.string().min(1).max(100),
  roles: z
    .array(z.enum(STAFF_ROLES, { error: "Неизвестная роль" }))
    .min(1, "Выберите хотя бы одну роль")
    .max(STAFF_ROLES.length),
});
export type InviteStaffInput = z.input<typeof inviteStaffSchema>;

/** A code for a mentor of the mentor base who is not on the staff (student, alumnus, partner employee, parent). */
export const inviteMentorSchema = z.object({ personId: z.string().min(1).max(100) });
