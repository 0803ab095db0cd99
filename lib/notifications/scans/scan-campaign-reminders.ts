import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/format/date";
import { notify } from "@/lib/notifications/notify";
import { reminderDay } from "@/lib/questionnaires/campaigns/campaign-schema";
import type { SchoolDay } from "./scan-context";

/**
 * Sends the automatic reminders of open campaigns whose day has come (N days before the deadline, in the school's
 * day). Reminders that came due together (a campaign launched late) go out as one. Returns how many people were reminded.
 */
export async function scanCampaignReminders(db: PrismaClient, day: SchoolDay): Promise<number> {
  const reminders = await db.campaignReminder.findMany({
    where: { schoolId: day.schoolId, sentAt: null, campaign: { closedAt: null, dueOn: { gte: day.today } } },
    select: { id: true, daysBefore: true, campaign: { select: { id: true, title: true, dueOn: true } } },
    orderBy: { daysBefore: "asc" },
  });
  const due = reminders.filter((r) => reminderDay(r.campaign.dueOn, r.daysBefore) <= day.today);
  const byCampaign = Map.groupBy(due, (r) => r.campaign.id);
  let reminded = 0;
  for (const [campaignId, group] of byCampaign) {
    const campaign = group[0].campaign;
    reminded += await db.$transaction(async (tx) => {
      // Claimed first: a second instance running the same scan finds nothing left to send.
      const { count } = await tx.campaignReminder.updateMany({
        where: { id: { in: group.map((r) => r.id) }, sentAt: null },
        data: { sentAt: new Date() },
      });
      if (count === 0) return 0;
      const pending = await tx.questionnaireResponse.findMany({
        where: { campaignId, schoolId: day.schoolId, status: "PENDING" },
        select: { id: true, respondentId: true },
      });
      const now = new Date();
      await tx.questionnaireResponse.updateMany({ where: { id: { in: pending.map((p) => p.id) } }, data: { remindedAt: now } });
      await tx.questionnaireCampaign.update({ where: { id: campaignId }, data: { lastRemindedAt: now } });
      const respondents = [...new Set(pending.map((p) => p.respondentId))];
      const created = await notify(tx, {
        kind: "QUESTIONNAIRE_REMINDER",
        schoolId: day.schoolId,
        dedupeKey: `campaign-reminder:${group[0].id}`,
        recipients: respondents.map((userId) => ({
          userId,
          title: `Напоминание: заполните анкету «${campaign.title}» до ${formatDate(campaign.dueOn)}`,
          href: "/",
        })),
      });
      return created.length;
    });
  }
  return reminded;
}
