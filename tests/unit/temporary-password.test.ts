import { describe, expect, it } from "vitest";
import { generateTemporaryPassword } from "@/lib/accounts/temporary-password";
import { signUpKind } from "@/lib/invitations/find-invitation";

describe("generateTemporaryPassword", () => {
  it("gives 12 unambiguous characters in three groups, different each time", () => {
    const passwords = Array.from({ length: 200 }, generateTemporaryPassword);
    for (const p of passwords) expect(p).toMatch(/^[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}$/);
    expect(new Set(passwords).size).toBe(passwords.length);
  });
});

describe("signUpKind for staff and mentor codes", () => {
  const base = { schoolId: "s", createdAt: new Date("2026-11-01") };
  it("makes an account for a card without one, and is void once the card has one", () => {
    for (const role of ["STAFF", "MENTOR"] as const) {
      expect(signUpKind({ ...base, role, person: { userId: null, user: null } })).toBe("account");
      const user = { isActive: true, createdAt: new Date("2026-10-01"), memberships: [] };
      expect(signUpKind({ ...base, role, person: { userId: "u", user } })).toBeNull();
    }
  });

  it("does not reset a pupil's password when the school switched the pupil off after the code was issued", () => {
    const user = (deactivatedAt: Date | null) => ({
      isActive: true,
      createdAt: new Date("2026-10-01"),
      memberships: [{ schoolId: "s", role: "MENTEE", deactivatedAt }],
    });
    expect(signUpKind({ ...base, role: "MENTEE", person: { userId: "u", user: user(null) } })).toBe("password-reset");
    expect(signUpKind({ ...base, role: "MENTEE", person: { userId: "u", user: user(new Date("2026-11-02")) } })).toBeNull();
    expect(signUpKind({ ...base, role: "MENTEE", person: { userId: "u", user: user(new Date("2026-10-15")) } })).toBe(
      "password-reset",
    );
  });
});
