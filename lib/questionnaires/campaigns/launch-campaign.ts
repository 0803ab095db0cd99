"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { roleLabels } from "@/lib/auth/roles";
import { describeConsent } from "@/lib/consent/consent-rules";
import { loadConsentStatuses } from "@/lib/consent/load-consent-statuses";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatDate, parseCalendarDate, todayCalendarDate } from "@/lib/format/date";
import { notify } from "@/lib/notifications/notify";
import { audienceKindLabels, audienceRoles, launchCampaignSchema, type LaunchReport } from "./campaign-schema";
import { resolveAudience } from "./resolve-audience";
import { templateFamily } from "@/lib/questionnaires/template-family";

/** Sends a current template to an audience: the campaign and one PENDING response per respondent and subject, at once. */
export const launchCampaign = defineAction(
  { schema: launchCampaignSchema, permission: "questionnaire:run-campaigns" },
  async (input, viewer): Promise<LaunchReport> => {
    const template = await db.questionnaireTemplate.findFirst({
      where: { id: input.templateId, schoolId: viewer.schoolId },
      select: { id: true, familyId: true, isCurrent: true, audience: true },
    });
    if (!template) throw new AppError("NOT_FOUND");
    if (!template.isCurrent) {
      throw new AppError("INVALID", "Проверьте поля формы.", { templateId: ["Это старая версия анкеты: выберите текущую"] });
    }
    if (!audienceRoles[input.audienceKind].includes(template.audience)) {
      throw new AppError(
        "INVALID",
        `Анкета предназначена для роли «${roleLabels[template.audience]}» и не подходит для аудитории «${audienceKindLabels[input.audienceKind]}».`,
        { audienceKind: ["Выберите аудиторию, для которой составлена анкета"] },
      );
    }
    const today = todayCalendarDate(viewer.timeZone);
    const dueOn = parseCalendarDate(input.dueOn);
    if (Number.isNaN(dueOn.getTime()) || dueOn < today) {
      throw new AppError("INVALID", "Проверьте поля формы.", { dueOn: ["Срок не может быть в прошлом"] });
    }

    const audience = await resolveAudience(viewer, input, template.audience);
    const statuses = await loadConsentStatuses(
      viewer.schoolId,
      audience.members.map((m) => m.subjectId),
      today,
    );
    const excluded = [...audience.excluded];
    const consenting = audience.members.filter((member) => {
      const status = statuses.get(member.subjectId);
      if (status?.valid) return true;
      excluded.push({ name: member.name, reason: status ? describeConsent(status) : "нет согласия" });
      return false;
    });

    const pending = await db.questionnaireResponse.findMany({
      where: {
        schoolId: viewer.schoolId,
        status: "PENDING",
        respondentId: { in: consenting.map((m) => m.respondentId) },
        campaign: { closedAt: null },
        template: templateFamily(viewer.schoolId, template),
      },
      select: { respondentId: true, subjectId: true },
    });
    const taken = new Set(pending.map((p) => `${p.respondentId}:${p.subjectId}`));
    const recipients = consenting.filter((m) => !taken.has(`${m.respondentId}:${m.subjectId}`));
    if (recipients.length === 0) {
      throw new AppError("INVALID", "Некому отправить анкету: никто из выбранных не может её получить.", undefined, {
        excluded,
        alreadyPending: consenting.length,
      });
    }

    const campaign = await db.$transaction(async (tx) => {
      const created = await tx.questionnaireCampaign.create({
        data: {
          schoolId: viewer.schoolId,
          templateId: template.id,
          programmeId: audience.programmeId,
          title: input.title,
          audience: {
            kind: input.audienceKind,
            ...(input.audienceKind === "FORM_MENTEES" ? { form: input.form } : {}),
            ...(input.audienceKind === "CLASS_PARENTS" ? { classKey: input.classKey } : {}),
            ...(input.audienceKind === "CHOSEN_PEOPLE" ? { personIds: input.personIds } : {}),
          },
          monitoringPhase: input.monitoringPhase || null,
          dueOn,
          createdById: viewer.userId,
        },
        select: { id: true },
      });
      await tx.questionnaireResponse.createMany({
        data: recipients.map((m) => ({
          schoolId: viewer.schoolId,
          templateId: template.id,
          campaignId: created.id,
          respondentId: m.respondentId,
          subjectId: m.subjectId,
          dueOn,
        })),
      });
      if (input.reminderDays.length > 0) {
        await tx.campaignReminder.createMany({
          data: input.reminderDays.map((daysBefore) => ({ schoolId: viewer.schoolId, campaignId: created.id, daysBefore })),
        });
      }
      await notify(tx, {
        kind: "QUESTIONNAIRE_ASSIGNED",
        schoolId: viewer.schoolId,
        dedupeKey: `campaign:${created.id}`,
        recipients: [...new Set(recipients.map((m) => m.respondentId))].map((userId) => ({
          userId,
          title: `Новая анкета «${input.title}»: заполните до ${formatDate(dueOn)}`,
          href: "/",
        })),
      });
      await recordAudit(tx, viewer, {
        action: "questionnaire.campaign.launch",
        entityType: "QuestionnaireCampaign",
        entityId: created.id,
        details: { sent: recipients.length, excluded: excluded.length, alreadyPending: taken.size },
      });
      return created;
    });
    revalidatePath("/", "layout");
    return {
      campaignId: campaign.id,
      created: recipients.length,
      excluded,
      alreadyPending: consenting.length - recipients.length,
    };
  },
);
