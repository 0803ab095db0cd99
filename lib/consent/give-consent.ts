"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { answerableSubjects } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayCalendarDate } from "@/lib/format/date";
import { giveConsentSchema } from "./consent-schemas";
import { consentSubjectSelect, insertConsent } from "./insert-consent";

/** In the app: the signed-in person for themselves, or a parent for their own child (the ParentChild link is in the query). */
export const giveConsent = defineAction({ schema: giveConsentSchema, permission: "consent:give-own" }, async (input, viewer) => {
  const subject = await db.person.findFirst({
    where: { id: input.subjectId, ...answerableSubjects(viewer) },
    select: consentSubjectSelect,
  });
  if (!subject) throw new AppError("NOT_FOUND");
  const self = subject.userId === viewer.userId;
  const giverId = self ? subject.id : subject.parents.find((p) => p.parent.userId === viewer.userId)?.parentId;
  if (!giverId) throw new AppError("NOT_FOUND");
  const latest = await db.consentText.findFirst({
    where: { schoolId: viewer.schoolId, purpose: input.purpose },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (latest?.id !== input.textId)
    throw new AppError("CONFLICT", "Текст согласия обновился. Обновите страницу и прочитайте новую редакцию.");
  const consent = await insertConsent(viewer, subject, {
    giverId,
    giverRole: self ? "SELF" : "PARENT",
    purpose: input.purpose,
    textId: input.textId,
    method: "IN_APP",
    givenOn: todayCalendarDate(viewer.timeZone),
  });
  revalidatePath("/parent/consents");
  revalidatePath("/consent");
  return consent;
});
