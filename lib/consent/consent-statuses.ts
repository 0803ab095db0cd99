import type { ConsentPurpose } from "@/lib/generated/prisma/enums";
import { consentStatus, type ConsentRecord, type ConsentStatus, type ConsentSubject } from "./consent-rules";

/** The fields of a consent that lists show; callers add what else they need. */
export const consentListFields = {
  id: true,
  purpose: true,
  giverRole: true,
  method: true,
  givenOn: true,
  withdrawnAt: true,
  text: { select: { version: true } },
} as const;

/** A person's status for each purpose, judged from the consents already loaded with them (no further query). */
export function statusesByPurpose(
  subject: ConsentSubject,
  consents: (ConsentRecord & { purpose: ConsentPurpose })[],
  today: Date,
): Record<ConsentPurpose, ConsentStatus> {
  const of = (purpose: ConsentPurpose) =>
    consentStatus(
      subject,
      consents.filter((c) => c.purpose === purpose),
      today,
    );
  return { MENTORING: of("MENTORING"), PUBLICATION: of("PUBLICATION") };
}
