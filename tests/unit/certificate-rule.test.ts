import { describe, expect, it } from "vitest";
import type { MentorCategory } from "@/lib/generated/prisma/enums";
import { certificateAllowsWork, certificateState, needsCertificate } from "@/lib/mentors/certificate-rule";
import { describeCertificate } from "@/lib/mentors/labels";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const today = day("2026-11-26");

describe("the certificate of no criminal record", () => {
  it("is not required of the school's teachers and senior pupils", () => {
    for (const category of ["TEACHER", "SENIOR_PUPIL"] as MentorCategory[]) {
      expect(needsCertificate(category)).toBe(false);
      const state = certificateState({ category, certificateIssuedOn: null }, 12, today);
      expect(state).toEqual({ kind: "NOT_REQUIRED" });
      expect(certificateAllowsWork(state)).toBe(true);
    }
  });

  it("is required of students, alumni, parents and partners' employees", () => {
    for (const category of ["UNIVERSITY_STUDENT", "ALUMNUS", "PARENT", "PARTNER_EMPLOYEE"] as MentorCategory[]) {
      expect(needsCertificate(category)).toBe(true);
      const state = certificateState({ category, certificateIssuedOn: null }, 12, today);
      expect(state).toEqual({ kind: "MISSING" });
      expect(certificateAllowsWork(state)).toBe(false);
      expect(describeCertificate(state)).toBe("Нет справки о несудимости");
    }
  });

  it("expires after the school's number of months", () => {
    const mentor = { category: "PARENT" as const, certificateIssuedOn: day("2025-09-01") };
    const expired = certificateState(mentor, 12, today);
    expect(expired).toEqual({ kind: "EXPIRED", expiredOn: day("2026-09-01") });
    expect(certificateAllowsWork(expired)).toBe(false);
    expect(describeCertificate(expired)).toBe("Справка устарела: действовала до 01.09.2026");
    // A school that accepts older certificates.
    const valid = certificateState(mentor, 18, today);
    expect(valid).toEqual({ kind: "VALID", expiresOn: day("2027-03-01") });
    expect(certificateAllowsWork(valid)).toBe(true);
    expect(describeCertificate(valid)).toBe("Справка действует до 01.03.2027");
  });

  it("is valid up to the day before its expiry and expired on that day", () => {
    const mentor = { category: "ALUMNUS" as const, certificateIssuedOn: day("2025-11-27") };
    expect(certificateState(mentor, 12, today)).toEqual({ kind: "VALID", expiresOn: day("2026-11-27") });
    const onTheDay = { ...mentor, certificateIssuedOn: day("2025-11-26") };
    expect(certificateState(onTheDay, 12, today)).toEqual({ kind: "EXPIRED", expiredOn: day("2026-11-26") });
  });

  it("counts months on calendar dates, ending a month-end certificate on the last day of a shorter month", () => {
    const mentor = { category: "UNIVERSITY_STUDENT" as const, certificateIssuedOn: day("2026-03-31") };
    expect(certificateState(mentor, 1, day("2026-04-29"))).toEqual({ kind: "VALID", expiresOn: day("2026-04-30") });
    expect(certificateState(mentor, 1, day("2026-04-30"))).toEqual({ kind: "EXPIRED", expiredOn: day("2026-04-30") });
  });
});
