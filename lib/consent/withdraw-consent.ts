"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { answerableSubjects } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { withdrawConsentSchema } from "./consent-schemas";
import { consentSubjectSelect, refusalFor, withdrawConsents } from "./insert-consent";

/** In the app: whoever may give the consent (the person of 14+ themselves, a parent of a minor) may withdraw it. */
export const withdrawOwnConsent = defineAction(
  { schema: withdrawConsentSchema, permission: "consent:give-own" },
  async (input, viewer) => {
    const subject = await db.person.findFirst({
      where: { id: input.subjectId, ...answerableSubjects(viewer) },
      select: consentSubjectSelect,
    });
    if (!subject) throw new AppError("NOT_FOUND");
    const giverRole = subject.userId === viewer.userId ? "SELF" : "PARENT";
    const refusal = refusalFor(subject, giverRole, viewer.timeZone);
    if (refusal) throw new AppError("FORBIDDEN", refusal);
    const result = await withdrawConsents(viewer, subject.id, input.purpose, input.reason, "IN_APP", giverRole);
    revalidatePath("/parent/consents");
    revalidatePath("/consent");
    return result;
  },
);

/** The curator records a withdrawal received on paper. */
export const recordConsentWithdrawal = defineAction(
  { schema: withdrawConsentSchema, permission: "consent:record-paper" },
  async (input, viewer) => {
    const subject = await db.person.findFirst({
      where: { id: input.subjectId, schoolId: viewer.schoolId },
      select: { id: true },
    });
    if (!subject) throw new AppError("NOT_FOUND");
    const result = await withdrawConsents(viewer, subject.id, input.purpose, input.reason, "PAPER", input.giverRole ?? null);
    revalidatePath("/curator/consents");
    return result;
  },
);
