import "server-only";
import { db } from "@/lib/db/client";
import type { ConsentPurpose } from "@/lib/generated/prisma/enums";
import { defaultConsentTexts } from "./default-texts";

export const consentPurposes: ConsentPurpose[] = ["MENTORING", "PUBLICATION"];

/** Creates version 1 of each consent text the school does not have yet (safe to call on every visit). */
export async function ensureConsentTexts(schoolId: string): Promise<void> {
  const existing = await db.consentText.findMany({ where: { schoolId }, distinct: ["purpose"], select: { purpose: true } });
  if (existing.length === consentPurposes.length) return;
  const school = await db.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true } });
  const defaults = defaultConsentTexts(school.name);
  await db.consentText.createMany({
    data: consentPurposes
      .filter((purpose) => !existing.some((e) => e.purpose === purpose))
      .map((purpose) => ({ schoolId, purpose, version: 1, ...defaults[purpose] })),
    skipDuplicates: true,
  });
}

export interface CurrentConsentText {
  id: string;
  purpose: ConsentPurpose;
  version: number;
  title: string;
  body: string;
  createdAt: Date;
}

/** The latest version of each purpose's text; older consents stay tied to the version they agreed to. */
export async function currentConsentTexts(schoolId: string): Promise<Record<ConsentPurpose, CurrentConsentText>> {
  await ensureConsentTexts(schoolId);
  const texts = await db.consentText.findMany({
    where: { schoolId },
    orderBy: { version: "desc" },
    distinct: ["purpose"],
    select: { id: true, purpose: true, version: true, title: true, body: true, createdAt: true },
  });
  return Object.fromEntries(texts.map((t) => [t.purpose, t])) as Record<ConsentPurpose, CurrentConsentText>;
}

/** Every version of the school's texts, newest first: a paper form may have been signed on an older one. */
export async function listConsentTextVersions(schoolId: string) {
  return db.consentText.findMany({ where: { schoolId }, orderBy: { version: "desc" }, select: { id: true, purpose: true, version: true } });
}
