import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConsentPurpose } from "@/lib/generated/prisma/enums";
import { defaultConsentTexts } from "./default-texts";

const purposes: ConsentPurpose[] = ["MENTORING", "PUBLICATION"];

/**
 * Version 1 of each consent text a school does not have yet, from the sample with the school's name. Called where a
 * school is made (the demo seed builds the same rows; tests' school fixtures call this), never while a page renders:
 * pages only read (currentConsentTexts), and a curator publishes a missing text from the consents page.
 */
export async function createDefaultConsentTexts(
  tx: Prisma.TransactionClient,
  school: { id: string; name: string },
): Promise<number> {
  const defaults = defaultConsentTexts(school.name);
  const created = await tx.consentText.createMany({
    data: purposes.map((purpose) => ({ schoolId: school.id, purpose, version: 1, ...defaults[purpose] })),
    skipDuplicates: true,
  });
  return created.count;
}
