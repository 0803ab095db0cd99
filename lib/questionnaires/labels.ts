import type { QuestionnairePurpose } from "@/lib/generated/prisma/enums";

export const purposeLabels: Record<QuestionnairePurpose, string> = {
  MENTEE_INTAKE: "Анкета наставляемого",
  MENTOR_INTAKE: "Анкета наставника",
  PARENT_SURVEY: "Анкета для родителей",
  MEETING_FEEDBACK: "Отзыв о встрече",
  SATISFACTION: "Удовлетворённость программой",
  MONITORING: "Мониторинг результатов",
};
