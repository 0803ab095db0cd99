import type { AchievementKind, AchievementLevel, AchievementResult } from "@/lib/generated/prisma/enums";

export const achievementKinds = ["OLYMPIAD", "COMPETITION", "PROJECT", "EVENT"] as const satisfies readonly AchievementKind[];
export const achievementLevels = ["SCHOOL", "MUNICIPAL", "REGIONAL", "FEDERAL"] as const satisfies readonly AchievementLevel[];
export const achievementResults = ["PARTICIPANT", "PRIZE_WINNER", "WINNER"] as const satisfies readonly AchievementResult[];

export const achievementKindLabels: Record<AchievementKind, string> = {
  OLYMPIAD: "Олимпиада",
  COMPETITION: "Конкурс, соревнование",
  PROJECT: "Проект",
  EVENT: "Мероприятие",
};

export const achievementLevelLabels: Record<AchievementLevel, string> = {
  SCHOOL: "Школьный",
  MUNICIPAL: "Муниципальный",
  REGIONAL: "Региональный",
  FEDERAL: "Федеральный",
};

export const achievementResultLabels: Record<AchievementResult, string> = {
  PARTICIPANT: "Участник",
  PRIZE_WINNER: "Призёр",
  WINNER: "Победитель",
};
