import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_THRESHOLDS, type PairHealthThresholds } from "./health-rules";

/** The school's saved thresholds, or the defaults. */
export async function getHealthThresholds(db: PrismaClient, schoolId: string): Promise<PairHealthThresholds> {
  const saved = await db.pairHealthSettings.findUnique({
    where: { schoolId },
    select: { firstMeetingDays: true, attentionDays: true, riskDays: true, lowFeedbackScore: true, curatorAfterDays: true },
  });
  return saved ?? DEFAULT_THRESHOLDS;
}
