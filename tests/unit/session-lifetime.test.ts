import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS, sessionExpired } from "@/lib/auth/end-session";

describe("a session's lifetime", () => {
  const now = Date.UTC(2026, 10, 30, 12, 0, 0);
  const hours = (h: number) => h * 60 * 60 * 1000;

  it("is counted from the sign-in, however often the cookie was renewed since", () => {
    expect(sessionExpired(now - hours(11), now)).toBe(false);
    expect(sessionExpired(now - SESSION_MAX_AGE_SECONDS * 1000 - 1, now)).toBe(true);
  });

  it("refuses a token without a sign-in time, or one from the future", () => {
    expect(sessionExpired(undefined, now)).toBe(true);
    expect(sessionExpired(now + hours(1), now)).toBe(true);
  });
});
