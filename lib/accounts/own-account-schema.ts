import { z } from "zod";

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Введите текущий пароль").max(200, "Пароль — не длиннее 200 символов"),
    password: z.string().min(8, "Пароль — не короче 8 символов").max(200, "Пароль — не длиннее 200 символов"),
    passwordConfirm: z.string().min(1, "Повторите новый пароль"),
  })
  .refine((v) => v.password === v.passwordConfirm, { error: "Пароли не совпадают", path: ["passwordConfirm"] })
  .refine((v) => v.password !== v.currentPassword, { error: "Новый пароль совпадает с текущим", path: ["password"] });
export type ChangeOwnPasswordInput = z.input<typeof changeOwnPasswordSchema>;

/** An empty field removes the address. */
export const ownEmailSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(200, "Адрес — не длиннее 200 символов")
    .refine((v) => v === "" || z.email().safeParse(v).success, { error: "Введите адрес вида name@example.ru" }),
});
export type OwnEmailInput = z.input<typeof ownEmailSchema>;
