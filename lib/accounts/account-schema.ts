import { z } from "zod";

/** Roles the admin gives and takes in the school; a pupil's and a parent's roles come with their invitation codes. */
export const STAFF_ROLES = ["DIRECTOR", "CURATOR", "ADMIN", "PSYCHOLOGIST", "MENTOR"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const userId = z.string().min(1).max(100);

export const setAccountActiveSchema = z.object({
  userId,
  active: z.boolean(),
});

/** The account's staff roles in this school after the change (pupil and parent roles stay as they are). */
export const setAccountRolesSchema = z.object({
  userId,
  roles: z.array(z.enum(STAFF_ROLES, { error: "Неизвестная роль" })).max(STAFF_ROLES.length),
});
export type SetAccountRolesInput = z.input<typeof setAccountRolesSchema>;

/** A new one-time password, shown once; `confirm` is the admin's explicit «Да, сбросить». */
export const resetAccountPasswordSchema = z.object({
  userId,
  confirm: z.literal(true, { error: "Подтвердите сброс пароля" }),
});

export const accountStates = ["active", "off"] as const;
export type AccountState = (typeof accountStates)[number];

/** The admin list's search and filters, read from the page's query string; anything unknown is ignored. */
export const accountFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(["DIRECTOR", "CURATOR", "ADMIN", "PSYCHOLOGIST", "MENTOR", "MENTEE", "PARENT"]).optional().catch(undefined),
  state: z.enum(accountStates).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type AccountFilter = z.output<typeof accountFilterSchema>;
