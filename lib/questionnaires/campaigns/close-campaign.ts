"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { campaignIdSchema } from "./campaign-schema";

/** Ends a campaign: its unanswered questionnaires can no longer be submitted and leave respondents' dashboards. */
export const closeCampaign = defineAction(
  { schema: campaignIdSchema, permission: "questionnaire:run-campaigns" },
  async ({ campaignId }, viewer) => {
    const closedAt = await db.$transaction(async (tx) => {
      const now = new Date();
      const { count } = await tx.questionnaireCampaign.updateMany({
        where: { id: campaignId, schoolId: viewer.schoolId, closedAt: null },
        data: { closedAt: now },
      });
      if (count === 0) {
        const exists = await tx.questionnaireCampaign.count({ where: { id: campaignId, schoolId: viewer.schoolId } });
        throw exists ? new AppError("CONFLICT", "Кампания уже закрыта.") : new AppError("NOT_FOUND");
      }
      await recordAudit(tx, viewer, {
        action: "questionnaire.campaign.close",
        entityType: "QuestionnaireCampaign",
        entityId: campaignId,
      });
      return now;
    });
    revalidatePath("/", "layout");
    return { closedAt };
  },
);
