import type { PetitionStatus } from "@/lib/generated/prisma/enums";

export const petitionStatusLabels: Record<PetitionStatus, string> = {
  PENDING: "На рассмотрении у директора",
  APPROVED: "Одобрено: наставника заменят",
  REJECTED: "Отклонено",
};
