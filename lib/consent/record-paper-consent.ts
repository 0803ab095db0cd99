"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { cleanFileName } from "@/lib/files/evidence-rules";
import { deleteStoredFile, storeFile } from "@/lib/files/file-store";
import { checkScanFile } from "@/lib/files/scan-rules";
import { parseCalendarDate } from "@/lib/format/date";
import { recordPaperConsentSchema } from "./consent-schemas";
import { consentSubjectSelect, insertConsent } from "./insert-consent";

/** The curator records a signed paper form: the subject, who signed it (the subject or a linked parent), the text, the date and the scan. */
export const recordPaperConsent = defineAction(
  { schema: recordPaperConsentSchema, permission: "consent:record-paper" },
  async (input, viewer) => {
    const subject = await db.person.findFirst({
      where: { id: input.subjectId, schoolId: viewer.schoolId },
      select: consentSubjectSelect,
    });
    if (!subject) throw new AppError("NOT_FOUND");
    const giverIsSubject = input.giverId === subject.id;
    const giverIsParent = subject.parents.some((p) => p.parentId === input.giverId);
    if (input.giverRole === "SELF" ? !giverIsSubject : !giverIsParent) {
      const message =
        input.giverRole === "SELF"
          ? "Сам за себя подписывает только этот участник"
          : "Выберите родителя, привязанного к этому ученику";
      throw new AppError("INVALID", message, { giverId: [message] });
    }
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const fileName = cleanFileName(input.file.name);
    const check = checkScanFile(fileName, bytes);
    if (!check.ok) throw new AppError("INVALID", check.error, { file: [check.error] });
    const storageKey = await storeFile(bytes);
    let consent: { id: string };
    try {
      consent = await insertConsent(viewer, subject, {
        giverId: input.giverId,
        giverRole: input.giverRole,
        purpose: input.purpose,
        textId: input.textId,
        method: "PAPER",
        givenOn: parseCalendarDate(input.givenOn),
        scan: { storageKey, fileName, mimeType: check.mime },
      });
    } catch (error) {
      await deleteStoredFile(storageKey); // no file without its consent row
      throw error;
    }
    // After the try: once the consent is committed, nothing may delete its scan.
    revalidatePath("/curator/consents");
    return consent;
  },
);
