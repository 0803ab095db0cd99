import { z } from "zod";
import { describe, expect, it } from "vitest";
import { issueInvitationsSchema, signUpSchemas } from "@/lib/invitations/invitation-schema";

const errorsOf = (result: { success: boolean; error?: z.ZodError }): Record<string, string[] | undefined> =>
  result.success ? {} : z.flattenError(result.error!).fieldErrors;

const password = { password: "очень-длинный", passwordConfirm: "очень-длинный" };

describe("sign-up forms", () => {
  it("take a login of 3–40 latin letters, digits, dots, dashes and underscores, in lower case", () => {
    expect(signUpSchemas.mentee.parse({ code: "X", login: "  Ivan.Petrov_5-a ", ...password }).login).toBe("ivan.petrov_5-a");
    expect(errorsOf(signUpSchemas.mentee.safeParse({ code: "X", login: "ив", ...password }))).toHaveProperty("login");
    expect(errorsOf(signUpSchemas.mentee.safeParse({ code: "X", login: "иван", ...password })).login).toEqual([
      "Логин: только латинские буквы, цифры, точка, дефис и подчёркивание",
    ]);
    expect(errorsOf(signUpSchemas.mentee.safeParse({ code: "X", login: "a".repeat(41), ...password }))).toHaveProperty("login");
  });

  it("want a password of 8 characters or more, typed twice the same", () => {
    expect(
      errorsOf(signUpSchemas.mentee.safeParse({ code: "X", login: "ivan", password: "short", passwordConfirm: "short" }))
        .password,
    ).toEqual(["Пароль — не короче 8 символов"]);
    expect(
      errorsOf(
        signUpSchemas["password-reset"].safeParse({ code: "X", password: "очень-длинный", passwordConfirm: "другой-пароль" }),
      ).passwordConfirm,
    ).toEqual(["Пароли не совпадают"]);
  });

  it("ask a parent for their surname and name; the patronymic may be empty", () => {
    const errors = errorsOf(
      signUpSchemas.parent.safeParse({ code: "X", lastName: " ", firstName: "", login: "mama", ...password }),
    );
    expect(Object.keys(errors).sort()).toEqual(["firstName", "lastName"]);
    const parsed = signUpSchemas.parent.parse({
      code: "X",
      lastName: " Иванова ",
      firstName: "Анна",
      login: "mama",
      ...password,
    });
    expect(parsed).toMatchObject({ lastName: "Иванова", firstName: "Анна", middleName: "" });
  });
});

describe("issuing codes", () => {
  it("needs either a class or one pupil, and whom the codes are for", () => {
    expect(issueInvitationsSchema.safeParse({ classKey: "5А", audience: "BOTH" }).success).toBe(true);
    expect(issueInvitationsSchema.safeParse({ personId: "p1", audience: "PARENT" }).success).toBe(true);
    expect(issueInvitationsSchema.safeParse({ audience: "MENTEE" }).success).toBe(false);
    expect(issueInvitationsSchema.safeParse({ classKey: "5А", personId: "p1", audience: "MENTEE" }).success).toBe(false);
    expect(issueInvitationsSchema.safeParse({ classKey: "5А", audience: "TEACHERS" }).success).toBe(false);
  });

  it("makes a password-reset code only for one pupil's own account, on explicit request", () => {
    expect(issueInvitationsSchema.parse({ personId: "p1", audience: "MENTEE" }).resetPassword).toBe(false);
    expect(issueInvitationsSchema.safeParse({ personId: "p1", audience: "MENTEE", resetPassword: true }).success).toBe(true);
    expect(issueInvitationsSchema.safeParse({ classKey: "5А", audience: "MENTEE", resetPassword: true }).success).toBe(false);
    expect(issueInvitationsSchema.safeParse({ personId: "p1", audience: "PARENT", resetPassword: true }).success).toBe(false);
    expect(issueInvitationsSchema.safeParse({ personId: "p1", audience: "BOTH" }).success).toBe(false);
  });
});
