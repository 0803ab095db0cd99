import "server-only";
import { db } from "@/lib/db/client";
import type { ConsentPurpose } from "@/lib/generated/prisma/enums";

export const consentPurposes: ConsentPurpose[] = ["MENTORING", "PUBLICATION"];

export interface CurrentConsentText {
  id: string;
  purpose: ConsentPurpose;
  version: number;
  title: string;
  body: string;
  createdAt: Date;
}

/** A school's texts as pages read them: a purpose is absent until its text is published (only reads, never writes). */
export type CurrentConsentTexts = Partial<Record<ConsentPurpose, CurrentConsentText>>;

/** Shown wherever a consent would be given or printed on a text the school has not published. */
export const missingConsentTextNote =
  "Школа ещё не опубликовала текст этого согласия. Куратор программы публикует его на странице «Согласия».";

/** The latest version of each purpose's text; older consents stay tied to the version they agreed to. */
export async function currentConsentTexts(schoolId: string): Promise<CurrentConsentTexts> {
  const texts = await db.consentText.findMany({
    where: { schoolId },
    orderBy: { version: "desc" },
    distinct: ["purpose"],
    select: { id: true, purpose: true, version: true, title: true, body: true, createdAt: true },
  });
  return Object.fromEntries(texts.map((t) => [t.purpose, t]));
}

/** Every version of the school's texts, newest first: a paper form may have been signed on an older one. */
export async function listConsentTextVersions(schoolId: string) {
  return db.consentText.findMany({
    where: { schoolId },
    orderBy: { version: "desc" },
    select: { id: true, purpose: true, version: true },
  });
}
