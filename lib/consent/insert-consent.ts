import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConsentGiverRole, ConsentMethod, ConsentPurpose } from "@/lib/generated/prisma/enums";
import { todayCalendarDate } from "@/lib/format/date";
import { shortName } from "@/lib/format/person-name";
import { notifyRole } from "@/lib/notifications/notify-role";
import { giverRefusal } from "./consent-rules";
import { consentPurposeLabels } from "./default-texts";
import { stopProgrammeProcessing } from "./stop-programme-processing";

export const consentSubjectSelect = {
  id: true,
  userId: true,
  birthDate: true,
  anonymisedAt: true,
  pupil: { select: { id: true } },
  parents: { select: { parentId: true, parent: { select: { userId: true } } } },
} as const;

export type ConsentSubjectRow = Prisma.PersonGetPayload<{ select: typeof consentSubjectSelect }>;

/** The refusal (in Russian) for this giver role, or null; the same rule guards giving and withdrawing. */
export function refusalFor(subject: ConsentSubjectRow, giverRole: ConsentGiverRole, timeZone: string): string | null {
  if (subject.anonymisedAt) return "Данные этого человека обезличены.";
  return giverRefusal({ birthDate: subject.birthDate, isPupil: !!subject.pupil }, giverRole, todayCalendarDate(timeZone));
}

/**
 * Writes one consent and its audit entry in a transaction, after checking the giver may give it,
 * the text is the school's text of this purpose, and the giver has no active consent of this purpose already.
 */
export async function insertConsent(
  viewer: Viewer,
  subject: ConsentSubjectRow,
  input: {
    giverId: string;
    giverRole: ConsentGiverRole;
    purpose: ConsentPurpose;
    textId: string;
    method: ConsentMethod;
    givenOn: Date;
    scan?: { storageKey: string; fileName: string; mimeType: string };
  },
): Promise<{ id: string }> {
  const refusal = refusalFor(subject, input.giverRole, viewer.timeZone);
  if (refusal) throw new AppError("INVALID", refusal, { giverRole: [refusal] });
  const text = await db.consentText.findFirst({
    where: { id: input.textId, schoolId: viewer.schoolId, purpose: input.purpose },
    select: { id: true, version: true },
  });
  if (!text)
    throw new AppError("INVALID", "Выберите текст согласия этой цели.", { textId: ["Выберите текст согласия этой цели"] });
  return db.$transaction(async (tx) => {
    const active = await tx.consent.count({
      where: {
        schoolId: viewer.schoolId,
        subjectId: subject.id,
        giverId: input.giverId,
        purpose: input.purpose,
        withdrawnAt: null,
      },
    });
    if (active > 0) throw new AppError("CONFLICT", "Это согласие уже дано и действует.");
    const consent = await tx.consent.create({
      data: {
        schoolId: viewer.schoolId,
        subjectId: subject.id,
        giverId: input.giverId,
        giverRole: input.giverRole,
        purpose: input.purpose,
        textId: text.id,
        method: input.method,
        givenOn: input.givenOn,
        recordedById: viewer.userId,
        scanStorageKey: input.scan?.storageKey,
        scanFileName: input.scan?.fileName,
        scanMimeType: input.scan?.mimeType,
      },
      select: { id: true },
    });
    await recordAudit(tx, viewer, {
      action: "consent.give",
      entityType: "Person",
      entityId: subject.id,
      details: {
        consentId: consent.id,
        purpose: input.purpose,
        giverRole: input.giverRole,
        method: input.method,
        textVersion: text.version,
      },
    });
    return consent;
  });
}

/**
 * Marks every active consent of this purpose for the subject as withdrawn (the purpose is withdrawn for the person,
 * whichever giver withdraws), with its audit entry. Withdrawing MENTORING also stops the current processing: the person
 * leaves their pairs, the pairs they lead end, and unanswered questionnaires about them are deleted.
 * The free-text reason is kept on the consent rows only (until anonymisation), never in the audit log.
 */
export async function withdrawConsents(
  viewer: Viewer,
  subjectId: string,
  purpose: ConsentPurpose,
  reason: string,
  method: ConsentMethod,
  giverRole: ConsentGiverRole | null,
): Promise<{ withdrawn: number }> {
  return db.$transaction(async (tx) => {
    const active = await tx.consent.findMany({
      where: { schoolId: viewer.schoolId, subjectId, purpose, withdrawnAt: null },
      select: { id: true },
    });
    if (active.length === 0) throw new AppError("CONFLICT", "Действующего согласия нет: отзывать нечего.");
    const consentIds = active.map((c) => c.id);
    await tx.consent.updateMany({
      where: { id: { in: consentIds }, withdrawnAt: null },
      data: { withdrawnAt: new Date(), withdrawnById: viewer.userId, withdrawalReason: reason || null },
    });
    const stopped =
      purpose === "MENTORING"
        ? await stopProgrammeProcessing(tx, viewer.schoolId, subjectId, todayCalendarDate(viewer.timeZone))
        : null;
    const subject = await tx.person.findFirstOrThrow({
      where: { id: subjectId, schoolId: viewer.schoolId },
      select: { lastName: true, firstName: true, middleName: true },
    });
    await notifyRole(tx, ["CURATOR"], {
      kind: "CONSENT_WITHDRAWN",
      schoolId: viewer.schoolId,
      dedupeKey: `consent-withdrawn:${consentIds[0]}`,
      title: `Отозвано согласие «${consentPurposeLabels[purpose]}»: ${shortName(subject)}`,
      href: `/curator/people/${subjectId}`,
    });
    await recordAudit(tx, viewer, {
      action: "consent.withdraw",
      entityType: "Person",
      entityId: subjectId,
      details: { purpose, method, giverRole, consentIds, ...(stopped ?? {}) },
    });
    return { withdrawn: consentIds.length };
  });
}
