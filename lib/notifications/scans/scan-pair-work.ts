import type { PrismaClient } from "@/lib/generated/prisma/client";
import { schoolDays } from "./scan-context";
import { scanMeetingFeedback } from "./scan-meeting-feedback";
import { scanPairHealth } from "./scan-pair-health";

/**
 * The pairs' work (stage 6), school by school in each school's own day: feedback questionnaires after meetings and
 * nudges about pairs under risk. Safe to run again: offers are once a week per pair, nudges have their keys.
 */
export async function scanPairWork(db: PrismaClient, now: Date): Promise<string> {
  const totals = { feedback: 0, nudges: 0 };
  const failures: string[] = [];
  for (const day of await schoolDays(db, now)) {
    try {
      totals.feedback += await scanMeetingFeedback(db, day, now);
      totals.nudges += await scanPairHealth(db, day);
    } catch (error) {
      failures.push(`школа ${day.schoolId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const summary = `анкет после встреч ${totals.feedback}, напоминаний о парах под риском ${totals.nudges}`;
  if (failures.length > 0) throw new Error(`${summary}; не удалось для ${failures.length} школ: ${failures[0]}`);
  return summary;
}
