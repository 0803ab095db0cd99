import type { ApplicantKind, ApplicationRole, ApplicationStatus } from "@/lib/generated/prisma/enums";

export const applicationRoleLabels: Record<ApplicationRole, string> = {
  MENTEE: "Наставляемый",
  MENTOR: "Наставник",
};

export const applicantKindLabels: Record<ApplicantKind, string> = {
  PUPIL: "Ученик",
  TEACHER: "Педагог",
  OUTSIDE_ADULT: "Взрослый не из школы",
};

export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  PENDING: "На рассмотрении у куратора",
  ACCEPTED: "Принята",
  DECLINED: "Отклонена",
};
