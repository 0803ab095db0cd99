"use server";

import { revalidatePath } from "next/cache";
import { definePublicAction } from "@/lib/actions/define-public-action";
import { countAttempt } from "@/lib/auth/count-attempt";
import { LOGIN_WINDOW_MS } from "@/lib/auth/rate-limit";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requestIp } from "@/lib/invitations/request-info";
import { hashMailToken, newMailToken } from "@/lib/mail/mail-token";
import { addressGroup, MAX_PUBLIC_APPLICATIONS_PER_IP } from "./applicant-rules";
import { publicApplicationSchema } from "./application-schemas";
import { notifyCuratorsOfApplication } from "./notify-curators-of-application";

/**
 * An adult from outside the school offers to be a mentor without an account. Several applications with one address
 * are allowed (the curator sees them side by side): refusing a second one would tell a stranger that the address has
 * applied, and would let anyone block someone else's address. Floods are held by the limit per address (an IPv6
 * network counts as one); the form never closes for everyone (a cap would let a stranger shut it), and the curators
 * hear of the form's applications at most once an hour. Nothing but the application is written:
 * the person enters the school's records only when the curator accepts it. The answer carries the secret of the
 * status link, the applicant's only way to learn the decision; the database keeps its hash.
 */
export const submitPublicApplication = definePublicAction(publicApplicationSchema, async (input) => {
  const school = await db.school.findUnique({ where: { slug: input.schoolSlug }, select: { id: true } });
  if (!school) throw new AppError("NOT_FOUND", "Школа не найдена: проверьте ссылку.");
  const consentText = await db.consentText.findFirst({
    where: { schoolId: school.id, purpose: "MENTORING" },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (!consentText) throw new AppError("INVALID", "Школа пока не принимает заявки: текст согласия не опубликован.");
  if (consentText.id !== input.consentTextId) {
    throw new AppError("CONFLICT", "Школа обновила текст согласия: обновите страницу, прочитайте его и отправьте заявку снова.");
  }
  const attempt = await countAttempt(
    getDb(),
    [{ key: `apply-ip:${addressGroup(await requestIp())}`, max: MAX_PUBLIC_APPLICATIONS_PER_IP }],
    LOGIN_WINDOW_MS,
  );
  if (attempt.blocked) throw new AppError("INVALID", "Слишком много заявок с этого адреса. Попробуйте через 15 минут.");
  const token = newMailToken();
  const created = await db.$transaction(async (tx) => {
    const application = await tx.programmeApplication.create({
      data: {
        schoolId: school.id,
        role: "MENTOR",
        applicantKind: "OUTSIDE_ADULT",
        text: input.text,
        applicantLastName: input.lastName,
        applicantFirstName: input.firstName,
        applicantMiddleName: input.middleName || null,
        applicantEmail: input.email,
        applicantPhone: input.phone || null,
        applicantCategory: input.category,
        consentTextId: consentText.id,
        statusTokenHash: hashMailToken(token),
      },
      select: { id: true },
    });
    await notifyCuratorsOfApplication(tx, { id: application.id, schoolId: school.id }, { hourly: true });
    await recordAudit(
      tx,
      { schoolId: school.id, userId: null },
      {
        action: "application.submit-public",
        entityType: "ProgrammeApplication",
        entityId: application.id,
        details: { role: "MENTOR", consentTextId: consentText.id },
      },
    );
    return application;
  });
  revalidatePath("/curator/applications");
  return { id: created.id, statusToken: token };
});
