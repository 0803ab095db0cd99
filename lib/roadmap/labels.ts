import type { ItemStatus, StageNumber } from "@/lib/generated/prisma/enums";

export const itemStatusLabels: Record<ItemStatus, string> = {
  PLANNED: "Запланировано",
  IN_PROGRESS: "В работе",
  DONE: "Выполнено",
  CANCELLED: "Отменено",
};

export const stageOrder: StageNumber[] = [
  "LAUNCH",
  "MENTEE_BASE",
  "MENTOR_BASE",
  "MENTOR_TRAINING",
  "MATCHING",
  "PAIR_WORK",
  "COMPLETION",
];
