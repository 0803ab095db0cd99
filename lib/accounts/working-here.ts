import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Accounts that work in a school now: not switched off for good, and with a membership there (of one of `roles`)
 * that this school has not switched off. Everything that offers or accepts a person's account for work in a school
 * — interviewers, responsibles, questionnaire respondents — filters by it.
 */
export function workingHere(schoolId: string, roles?: readonly Role[]): Prisma.UserWhereInput {
  return {
    isActive: true,
    memberships: { some: { schoolId, deactivatedAt: null, ...(roles ? { role: { in: [...roles] } } : {}) } },
  };
}
