import type { PlanProposalStatus, PlanTaskStatus, PlannedMeetingStatus } from "@/lib/generated/prisma/enums";

export const taskStatusLabels: Record<PlanTaskStatus, string> = {
  OPEN: "Не начата",
  IN_PROGRESS: "В работе",
  DONE: "Выполнена",
  CANCELLED: "Отменена",
};

export const taskStatuses = Object.keys(taskStatusLabels) as PlanTaskStatus[];

export const proposalStatusLabels: Record<PlanProposalStatus, string> = {
  PENDING: "Ждёт решения наставника",
  ACCEPTED: "Принято",
  DECLINED: "Отклонено",
};

export const plannedMeetingStatusLabels: Record<PlannedMeetingStatus, string> = {
  PLANNED: "Запланирована",
  HELD: "Проведена",
  NOT_HELD: "Не состоялась",
  CANCELLED: "Отменена",
};
