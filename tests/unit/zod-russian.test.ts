import { describe, expect, it } from "vitest";
import { loginSchema } from "@/lib/auth/login-schema";
import { z } from "@/lib/validation/zod-russian";

describe("zod's messages", () => {
  it("are Russian for the rules a schema gives no message of its own", () => {
    const result = loginSchema.safeParse({ login: "x".repeat(201), password: "p" });
    expect(result.success).toBe(false);
    const message = z.flattenError(result.error!).fieldErrors.login?.[0] ?? "";
    expect(message).toMatch(/[а-яё]/i);
    expect(message).not.toMatch(/Too big/);
  });

  it("keep the field-specific messages", () => {
    const result = loginSchema.safeParse({ login: "", password: "" });
    expect(z.flattenError(result.error!).fieldErrors.login).toEqual(["Введите логин"]);
  });
});
