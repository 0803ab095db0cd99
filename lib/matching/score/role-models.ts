import type { MenteeRequestKind, MentoringForm } from "@/lib/generated/prisma/enums";

/**
 * Role-model variants inside a form (seed 003, «Возможные варианты программ»; DOMAIN.md). The curator enables the ones
 * the programme uses; a pair fits a variant when both people have the traits it needs. Traits are optional facts the
 * curator (or a questionnaire) records; a mentee's request can stand for a trait (poor performance → struggling).
 */
export const roleTraits = ["HIGH_ACHIEVER", "LOW_ACHIEVER", "LEADER", "QUIET", "PEER_EXCHANGE"] as const;
export type RoleTrait = (typeof roleTraits)[number];

export const roleTraitLabels: Record<RoleTrait, string> = {
  HIGH_ACHIEVER: "Отличник, высокие образовательные результаты",
  LOW_ACHIEVER: "Трудности в учёбе",
  LEADER: "Лидер, организаторские качества",
  QUIET: "Тихоня, скромник",
  PEER_EXCHANGE: "Готов к обмену навыками",
};

export type RoleModel = "ACHIEVER_STRUGGLER" | "LEADER_QUIET" | "PEER_TO_PEER" | "EXPERIENCED_NOVICE";

export interface RoleModelRule {
  label: string;
  form: MentoringForm;
  mentorTrait?: RoleTrait;
  menteeTrait?: RoleTrait;
  /** Requests that stand for the mentee's trait when it is not recorded. */
  menteeRequests?: MenteeRequestKind[];
  /** «Равный – равному»: close in age, at most this many classes apart. */
  maxGradeGap?: number;
  /** «Молодой специалист – опытный педагог»: years of teaching experience. */
  menteeMaxExperience?: number;
  mentorMinExperience?: number;
}

export const roleModelRules: Record<RoleModel, RoleModelRule> = {
  ACHIEVER_STRUGGLER: {
    label: "Отличник – двоечник",
    form: "PUPIL_PUPIL",
    mentorTrait: "HIGH_ACHIEVER",
    menteeTrait: "LOW_ACHIEVER",
    menteeRequests: ["POOR_PERFORMANCE", "LOW_MOTIVATION"],
  },
  LEADER_QUIET: {
    label: "Лидер – тихоня",
    form: "PUPIL_PUPIL",
    mentorTrait: "LEADER",
    menteeTrait: "QUIET",
    menteeRequests: ["COMMUNICATION", "ADAPTATION"],
  },
  PEER_TO_PEER: {
    label: "Равный – равному",
    form: "PUPIL_PUPIL",
    mentorTrait: "PEER_EXCHANGE",
    menteeTrait: "PEER_EXCHANGE",
    maxGradeGap: 2,
  },
  EXPERIENCED_NOVICE: {
    label: "Опытный педагог – молодой специалист",
    form: "TEACHER_TEACHER",
    menteeMaxExperience: 3,
    mentorMinExperience: 5,
  },
};

export const roleModels = Object.keys(roleModelRules) as RoleModel[];
