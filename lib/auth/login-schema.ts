import { z } from "zod";

export const loginSchema = z.object({
  login: z.string().trim().min(1, "Введите логин").max(200),
  password: z.string().min(1, "Введите пароль").max(200),
});

export type LoginInput = z.infer<typeof loginSchema>;

/** One message for every failure, so a stranger cannot tell a wrong login from a wrong password or a blocked account. */
export const SIGN_IN_FAILED =
  "Не удалось войти: неверный логин или пароль. После нескольких неудачных попыток вход временно блокируется на 15 минут.";
