import type { InterviewRecommendation, MentorCategory, MentorStatus } from "@/lib/generated/prisma/enums";
import { formatShortDate } from "@/lib/format/date";
import type { CertificateState } from "./certificate-rule";

export const mentorCategoryLabels: Record<MentorCategory, string> = {
  TEACHER: "Педагог",
  SENIOR_PUPIL: "Старшеклассник",
  UNIVERSITY_STUDENT: "Студент вуза или колледжа",
  ALUMNUS: "Выпускник",
  PARENT: "Родитель",
  PARTNER_EMPLOYEE: "Сотрудник организации-партнёра",
};

export const mentorStatusLabels: Record<MentorStatus, string> = {
  CANDIDATE: "Кандидат",
  INTERVIEWED: "Прошёл собеседование",
  TRAINED: "Прошёл обучение",
  READY: "Готов к работе",
  DECLINED: "Отклонён",
};

export const recommendationLabels: Record<InterviewRecommendation, string> = {
  RECOMMENDED: "Рекомендован",
  WITH_RESERVATIONS: "Рекомендован с оговорками",
  NOT_RECOMMENDED: "Не рекомендован",
};

export const mentorCategories = Object.keys(mentorCategoryLabels) as MentorCategory[];
export const mentorStatuses = Object.keys(mentorStatusLabels) as MentorStatus[];
export const recommendations = Object.keys(recommendationLabels) as InterviewRecommendation[];

/** Categories of people from outside the school, added by the curator by name. */
export const outsideCategories: MentorCategory[] = ["UNIVERSITY_STUDENT", "ALUMNUS", "PARENT", "PARTNER_EMPLOYEE"];

/** «Нет справки о несудимости», «Справка устарела: действовала до 01.09.2026», … */
export function describeCertificate(state: CertificateState): string {
  switch (state.kind) {
    case "NOT_REQUIRED":
      return "Справка не требуется";
    case "MISSING":
      return "Нет справки о несудимости";
    case "EXPIRED":
      return `Справка устарела: действовала до ${formatShortDate(state.expiredOn)}`;
    case "VALID":
      return `Справка действует до ${formatShortDate(state.expiresOn)}`;
  }
}
