import "server-only";
import { db } from "@/lib/db/client";
import { hashMailToken } from "@/lib/mail/mail-token";

/** What the signed-out form shows: the school's name and the consent text the applicant agrees to, or null. */
export async function getApplicationSchool(slug: string) {
  const school = await db.school.findUnique({
    where: { slug },
    select: {
      name: true,
      consentTexts: {
        where: { purpose: "MENTORING" },
        orderBy: { version: "desc" },
        take: 1,
        select: { id: true, title: true, body: true },
      },
    },
  });
  if (!school) return null;
  return { name: school.name, consentText: school.consentTexts[0] ?? null };
}

/** A signed-out applicant's application by the secret of their status link; nothing about anyone else. */
export async function getApplicationStatus(token: string) {
  if (!token || token.length > 100) return null;
  return db.programmeApplication.findUnique({
    where: { statusTokenHash: hashMailToken(token) },
    select: {
      status: true,
      declineReason: true,
      createdAt: true,
      decidedAt: true,
      school: { select: { name: true, timeZone: true } },
    },
  });
}
