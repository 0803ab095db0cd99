"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { campaignIdSchema } from "./campaign-schema";

/** Marks every unanswered response of an open campaign as reminded; respondents see it highlighted on their dashboard. */
export const remindCampaign = defineAction(
  { schema: campaignIdSchema, permission: "questionnaire:run-campaigns" },
  async ({ campaignId }, viewer) => {
    const campaign = await db.questionnaireCampaign.findFirst({
      where: { id: campaignId, schoolId: viewer.schoolId },
      select: { id: true, closedAt: true },
    });
    if (!campaign) throw new AppError("NOT_FOUND");
    if (campaign.closedAt) throw new AppError("INVALID", "Кампания закрыта: напоминать больше некому.");
    const now = new Date();
    const reminded = await db.$transaction(async (tx) => {
      const { count } = await tx.questionnaireResponse.updateMany({
        where: { campaignId: campaign.id, schoolId: viewer.schoolId, status: "PENDING" },
        data: { remindedAt: now },
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
