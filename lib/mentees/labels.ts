import type { InformationSource, MenteeKind, MenteeRequestKind } from "@/lib/generated/prisma/enums";

/** The catalogue of mentees' requests, in the order the form offers them. */
export const requestKinds = [
  "LOW_MOTIVATION",
  "POOR_PERFORMANCE",
  "ADAPTATION",
  "HEALTH_LIMITATIONS",
  "GIFTEDNESS",
  "CAREER_CHOICE",
  "COMMUNICATION",
  "PROFESSIONAL_GROWTH",
  "OTHER",
] as const satisfies readonly MenteeRequestKind[];

export const requestKindLabels: Record<MenteeRequestKind, string> = {
  LOW_MOTIVATION: "Низкая мотивация к учёбе",
  POOR_PERFORMANCE: "Низкая успеваемость",
  ADAPTATION: "Адаптация в новом классе или коллективе",
  HEALTH_LIMITATIONS: "Ограниченные возможности здоровья (ОВЗ)",
  GIFTEDNESS: "Одарённость",
  CAREER_CHOICE: "Выбор профессии",
  COMMUNICATION: "Общение, конфликты",
  PROFESSIONAL_GROWTH: "Профессиональное развитие молодого педагога",
  OTHER: "Другое",
};

export const informationSources = [
  "PERSONAL_FILE",
  "CLASS_TEACHER",
  "PSYCHOLOGIST",
  "PARENT_SURVEY",
  "CAREER_TEST",
  "QUESTIONNAIRE",
  "OTHER",
] as const satisfies readonly InformationSource[];

export const sourceLabels: Record<InformationSource, string> = {
  PERSONAL_FILE: "Личное дело",
  CLASS_TEACHER: "Классный руководитель",
  PSYCHOLOGIST: "Педагог-психолог",
  PARENT_SURVEY: "Опрос родителей",
  CAREER_TEST: "Профориентационный тест",
  QUESTIONNAIRE: "Анкета",
  OTHER: "Другой источник",
};

export const menteeKindLabels: Record<MenteeKind, string> = {
  PUPIL: "Ученик",
  YOUNG_TEACHER: "Молодой педагог",
};

/** Shown in lists instead of any confidential fact, and only to those who may read such facts. */
export const confidentialMarker = "есть конфиденциальные сведения";
