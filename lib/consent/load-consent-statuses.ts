import "server-only";
import { db } from "@/lib/db/client";
import type { ConsentPurpose } from "@/lib/generated/prisma/enums";
import { consentStatus, type ConsentStatus } from "./consent-rules";

/** Consent status of many people of one school in one query (lists, matching, campaigns): no query per person. */
export async function loadConsentStatuses(
  schoolId: string,
  personIds: string[],
  today: Date,
  purpose: ConsentPurpose = "MENTORING",
): Promise<Map<string, ConsentStatus>> {
  if (personIds.length === 0) return new Map();
  const people = await db.person.findMany({
    where: { schoolId, id: { in: personIds } },
    select: {
      id: true,
      birthDate: true,
      pupil: { select: { id: true } },
      consentsAbout: { where: { schoolId, purpose }, select: { giverRole: true, withdrawnAt: true } },
    },
  });
  return new Map(
    people.map((p) => [p.id, consentStatus({ birthDate: p.birthDate, isPupil: !!p.pupil }, p.consentsAbout, today)]),
  );
}
