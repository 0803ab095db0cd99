import type {
  MediaChannel,
  ProgrammeResourceKind,
  ProgrammeTeamRole,
  ProgrammeTextStatus,
  ResourceSource,
} from "@/lib/generated/prisma/enums";

export const textStatusLabels: Record<ProgrammeTextStatus, string> = {
  DRAFT: "Проект (не утверждён)",
  APPROVED: "Утверждён",
};

export const teamRoleLabels: Record<ProgrammeTeamRole, string> = {
  CURATOR: "Куратор программы",
  INFORMATION: "Ответственный за информационное сопровождение",
  PSYCHOLOGIST: "Педагог-психолог",
  METHODIST: "Методист",
  CLASS_TEACHER: "Классный руководитель",
  SOCIAL_PEDAGOGUE: "Социальный педагог",
  MEMBER: "Член рабочей группы",
};

export const resourceKindLabels: Record<ProgrammeResourceKind, string> = {
  STAFF: "Кадровые",
  METHODICAL: "Методические",
  MATERIAL: "Материально-технические",
  PARTNER: "Партнёрские",
};

export const resourceSourceLabels: Record<ResourceSource, string> = {
  INTERNAL: "Внутренний",
  EXTERNAL: "Внешний",
};

export const mediaChannelLabels: Record<MediaChannel, string> = {
  SCHOOL_SITE: "Сайт школы",
  SOCIAL_NETWORK: "Страница в социальной сети",
  LOCAL_MEDIA: "Местные СМИ",
  PARTNER_SITE: "Сайт партнёра",
};
