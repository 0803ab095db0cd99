"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format/date";
import { notify } from "@/lib/notifications/notify";
import { campaignIdSchema } from "./campaign-schema";

/** Reminds everyone who has not answered an open campaign: a notification, and the questionnaire highlighted on their dashboard. */
export const remindCampaign = defineAction(
  { schema: campaignIdSchema, permission: "questionnaire:run-campaigns" },
  async ({ campaignId }, viewer) => {
    const campaign = await db.questionnaireCampaign.findFirst({
      where: { id: campaignId, schoolId: viewer.schoolId },
      select: { id: true, title: true, dueOn: true, closedAt: true },
    });
    if (!campaign) throw new AppError("NOT_FOUND");
    if (campaign.closedAt) throw new AppError("INVALID", "Кампания закрыта: напоминать больше некому.");
    const now = new Date();
    const reminded = await db.$transaction(async (tx) => {
      const pending = { campaignId: campaign.id, schoolId: viewer.schoolId, status: "PENDING" } as const;
      const respondents = await tx.questionnaireResponse.findMany({
        where: pending,
        distinct: ["respondentId"],
        select: { respondentId: true },
      });
      const { count } = await tx.questionnaireResponse.updateMany({ where: pending, data: { remindedAt: now } });
      await notify(tx, {
        kind: "QUESTIONNAIRE_REMINDER",
        schoolId: viewer.schoolId,
        dedupeKey: `campaign-remind:${campaign.id}:${now.toISOString()}`,
        recipients: respondents.map(({ respondentId }) => ({
          userId: respondentId,
          title: `Напоминание: заполните анкету «${campaign.title}» до ${formatDate(campaign.dueOn)}`,
          href: "/",
        })),
      });
      await tx.questionnaireCampaign.update({ where: { id: campaign.id }, data: { lastRemindedAt: now } });
      await recordAudit(tx, viewer, {
        action: "questionnaire.campaign.remind",
        entityType: "QuestionnaireCampaign",
        entityId: campaign.id,
        details: { reminded: count },
      });
      return count;
    });
    revalidatePath("/", "layout");
    return { reminded };
  },
);
