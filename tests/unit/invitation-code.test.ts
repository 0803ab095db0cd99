import { describe, expect, it } from "vitest";
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  formatInvitationCode,
  generateInvitationCode,
  hashInvitationCode,
  invitationExpiry,
  isWellFormedCode,
  normaliseInvitationCode,
} from "@/lib/invitations/invitation-code";
import { parseClassKey } from "@/lib/invitations/class-key";

describe("invitation codes", () => {
  it("are 10 characters from an alphabet without look-alikes", () => {
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    for (let i = 0; i < 200; i++) {
      const code = generateInvitationCode();
      expect(code).toHaveLength(CODE_LENGTH);
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
      expect(isWellFormedCode(code)).toBe(true);
    }
  });

  it("are random: no repeats among many, and every character of the alphabet turns up", () => {
    const codes = Array.from({ length: 2000 }, generateInvitationCode);
    expect(new Set(codes).size).toBe(codes.length);
    const seen = new Set(codes.join(""));
    expect([...CODE_ALPHABET].every((ch) => seen.has(ch))).toBe(true);
  });

  it("are shown in groups of four", () => {
    expect(formatInvitationCode("K7MXQ4PA9R")).toBe("K7MX-Q4PA-9R");
  });

  it("are normalised: case, dashes, spaces and Cyrillic look-alikes", () => {
    expect(normaliseInvitationCode(" k7mx-q4pa 9r ")).toBe("K7MXQ4PA9R");
    // Cyrillic К, М, Х, Р, А typed on a Russian keyboard
    expect(normaliseInvitationCode("К7МХ-Q4РА-9R")).toBe("K7MXQ4PA9R");
    expect(normaliseInvitationCode("ЕСТВНУ")).toBe("ECTBHY");
    expect(normaliseInvitationCode("к7мх–q4ра—9r")).toBe("K7MXQ4PA9R");
  });

  it("hash the normalised form, so every way of typing a code finds the same row", () => {
    const hash = hashInvitationCode("K7MX-Q4PA-9R");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInvitationCode("к7мх q4ра 9r")).toBe(hash);
    expect(hashInvitationCode("K7MX-Q4PA-9S")).not.toBe(hash);
  });

  it("reject text that cannot be a code", () => {
    expect(isWellFormedCode("K7MXQ4PA9")).toBe(false);
    expect(isWellFormedCode("K7MXQ4PA9R2")).toBe(false);
    expect(isWellFormedCode("K7MXQ4PA90")).toBe(false);
    expect(isWellFormedCode(normaliseInvitationCode("K7MX-Q4PA-9О"))).toBe(false);
  });

  it("expire in 30 days by default", () => {
    const now = new Date("2026-11-26T10:00:00Z");
    expect(invitationExpiry(now).toISOString()).toBe("2026-12-26T10:00:00.000Z");
  });

  it("name classes like «5А»", () => {
    expect(parseClassKey("5А")).toEqual({ grade: 5, classLetter: "А" });
    expect(parseClassKey("11 б")).toEqual({ grade: 11, classLetter: "Б" });
    expect(parseClassKey("А5")).toBeNull();
  });
});
