import type { AwardStatus } from "@/lib/generated/prisma/enums";

export const awardStatusLabels: Record<AwardStatus, string> = {
  PROPOSED: "Ждёт решения директора",
  APPROVED: "Утверждена",
  DECLINED: "Отклонена",
};
