import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { assertCan, can, PERMISSIONS } from "@/lib/permissions";

const viewer = (...roles: Viewer["roles"]): Viewer => ({
  userId: "u",
  displayName: "Тест",
  schoolId: "s",
  schoolName: "Школа",
  timeZone: "Europe/Moscow",
  roles,
  schools: [],
});

describe("the permission table", () => {
  it("grants a permission to a role listed for it and to nobody else", () => {
    for (const [permission, roles] of Object.entries(PERMISSIONS)) {
      for (const role of ["CURATOR", "MENTOR", "MENTEE", "PARENT", "DIRECTOR", "ADMIN"] as const) {
        expect(can(viewer(role), permission as keyof typeof PERMISSIONS)).toBe((roles as readonly string[]).includes(role));
      }
    }
  });

  it("unites the rights of a person with several roles", () => {
    expect(can(viewer("MENTOR", "PARENT"), "meeting:log")).toBe(true);
    expect(can(viewer("MENTOR", "PARENT"), "family:read-own")).toBe(true);
    expect(can(viewer("MENTOR", "PARENT"), "report:read")).toBe(false);
  });

  it("throws a typed refusal", () => {
    expect(() => assertCan(viewer("MENTEE"), "report:read")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
