import type { PrismaClient } from "@/lib/generated/prisma/client";
import { scanCampaignReminders } from "./scan-campaign-reminders";
import { scanCertificates } from "./scan-certificates";
import { scanMeetingsTomorrow } from "./scan-meetings-tomorrow";
import { schoolDays } from "./scan-context";
import { scanQuestionnaireDeadlines } from "./scan-questionnaire-deadlines";
import { scanRoadmapDeadlines } from "./scan-roadmap-deadlines";

/**
 * The scheduled notifications, school by school in each school's own day: campaign reminders, questionnaires due
 * tomorrow, roadmap items due soon or overdue, certificates running out. Safe to run again at any time: every
 * notice has a key, so nothing is told twice.
 */
export async function scanNotifications(db: PrismaClient, now: Date): Promise<string> {
  const totals = { reminders: 0, questionnaires: 0, roadmap: 0, certificates: 0, meetings: 0 };
  const failures: string[] = [];
  for (const day of await schoolDays(db, now)) {
    // One school's failure must not keep the others from their reminders: it is reported after all are done.
    try {
      totals.reminders += await scanCampaignReminders(db, day);
      totals.questionnaires += await scanQuestionnaireDeadlines(db, day);
      totals.roadmap += await scanRoadmapDeadlines(db, day);
      totals.certificates += await scanCertificates(db, day);
      totals.meetings += await scanMeetingsTomorrow(db, day);
    } catch (error) {
      failures.push(`школа ${day.schoolId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const summary = `напоминаний ${totals.reminders}, сроков анкет ${totals.questionnaires}, пунктов дорожной карты ${totals.roadmap}, справок ${totals.certificates}, встреч завтра ${totals.meetings}`;
  if (failures.length > 0) throw new Error(`${summary}; не удалось для ${failures.length} школ: ${failures[0]}`);
  return summary;
}
