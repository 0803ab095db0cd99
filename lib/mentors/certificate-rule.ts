import type { MentorCategory } from "@/lib/generated/prisma/enums";

/**
 * Adults from outside the school who work with children need a certificate of no criminal record
 * (ТК РФ ст. 351.1). The school's own teachers are checked on hiring; senior pupils are minors.
 */
export const OUTSIDE_ADULTS: MentorCategory[] = ["UNIVERSITY_STUDENT", "ALUMNUS", "PARENT", "PARTNER_EMPLOYEE"];

export function needsCertificate(category: MentorCategory): boolean {
  return OUTSIDE_ADULTS.includes(category);
}

/** Months added to a calendar date (UTC midnight) by its UTC parts, so the server's time zone cannot shift the day. */
function addCalendarMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

export type CertificateState =
  { kind: "NOT_REQUIRED" } | { kind: "MISSING" } | { kind: "EXPIRED"; expiredOn: Date } | { kind: "VALID"; expiresOn: Date };

export function certificateState(
  mentor: { category: MentorCategory; certificateIssuedOn: Date | null },
  maxAgeMonths: number,
  today: Date,
): CertificateState {
  if (!needsCertificate(mentor.category)) return { kind: "NOT_REQUIRED" };
  if (!mentor.certificateIssuedOn) return { kind: "MISSING" };
  const expiresOn = addCalendarMonths(mentor.certificateIssuedOn, maxAgeMonths);
  return expiresOn > today ? { kind: "VALID", expiresOn } : { kind: "EXPIRED", expiredOn: expiresOn };
}

export function certificateAllowsWork(state: CertificateState): boolean {
  return state.kind === "NOT_REQUIRED" || state.kind === "VALID";
}
