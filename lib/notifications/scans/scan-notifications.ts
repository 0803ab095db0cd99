import type { PrismaClient } from "@/lib/generated/prisma/client";
import { scanCampaignReminders } from "./scan-campaign-reminders";
import { scanCertificates } from "./scan-certificates";
import { schoolDays } from "./scan-context";
import { scanQuestionnaireDeadlines } from "./scan-questionnaire-deadlines";
import { scanRoadmapDeadlines } from "./scan-roadmap-deadlines";

/**
 * The scheduled notifications, school by school in each school's own day: campaign reminders, questionnaires due
 * tomorrow, roadmap items due soon or overdue, certificates running out. Safe to run again at any time: every
 * notice has a key, so nothing is told twice.
 */
export async function scanNotifications(db: PrismaClient, now: Date): Promise<string> {
  const totals = { reminders: 0, questionnaires: 0, roadmap: 0, certificates: 0 };
  for (const day of await schoolDays(db, now)) {
    totals.reminders += await scanCampaignReminders(db, day);
    totals.questionnaires += await scanQuestionnaireDeadlines(db, day);
    totals.roadmap += await scanRoadmapDeadlines(db, day);
    totals.certificates += await scanCertificates(db, day);
  }
  return `напоминаний ${totals.reminders}, сроков анкет ${totals.questionnaires}, пунктов дорожной карты ${totals.roadmap}, справок ${totals.certificates}`;
}
