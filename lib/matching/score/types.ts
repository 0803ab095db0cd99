import type { MenteeKind, MenteeRequestKind, MentorCategory, MentoringForm, WorkFormat } from "@/lib/generated/prisma/enums";
import type { Eligibility } from "@/lib/matching/eligibility";
import type { AvailabilitySlot } from "./availability-slots";
import type { MatchCriterion } from "./criteria";
import type { RoleModel, RoleTrait } from "./role-models";

/**
 * A mentee as the match score reads it. Filled from MenteeProfile (kind, requests), the pupil's class or the young
 * teacher's experience, the preferences questionnaire (choices, formats, times) and menteeEligibility().
 */
export interface ScoreMentee {
  id: string;
  kind: MenteeKind;
  /** Class (1–11) of a pupil; null for a young teacher or when unknown. */
  grade: number | null;
  /** Years of teaching experience of a young teacher; null for a pupil. */
  experienceYears?: number | null;
  /** MenteeRequest rows; a confidential one counts but is never named in the explanation. */
  requests: readonly { kind: MenteeRequestKind; confidential?: boolean }[];
  traits?: readonly RoleTrait[];
  /** Mentor ids in the order the mentee ranked them after the group meeting (up to three). */
  choices?: readonly string[];
  preferredFormats?: readonly WorkFormat[];
  availability?: readonly AvailabilitySlot[];
  /** From menteeEligibility(): consent, left school, anonymised. Absent means eligible. */
  eligibility?: Eligibility;
}

/** A mentor as the match score reads it: MentorProfile, the pupil's class or the teacher's experience, preferences. */
export interface ScoreMentor {
  id: string;
  category: MentorCategory;
  /** Class of a senior pupil; null otherwise. */
  grade: number | null;
  experienceYears?: number | null;
  /** The request kinds the mentor works with (their competencies in the catalogue's terms). */
  competencies: readonly MenteeRequestKind[];
  traits?: readonly RoleTrait[];
  /** MentorProfile.preferredForms: the form is picked among them when the programme runs several. */
  preferredForms?: readonly MentoringForm[];
  preferredFormats?: readonly WorkFormat[];
  availability?: readonly AvailabilitySlot[];
  /** Mentee ids in the order the mentor ranked them. */
  choices?: readonly string[];
  /** From mentorEligibility(): status READY, certificate, consent, anonymised. Absent means eligible. */
  eligibility?: Eligibility;
}

/** One criterion's share of the score: `points` = `weight` × `level`; the parts add up to the total. */
export interface ScorePart {
  criterion: MatchCriterion;
  /** Russian name of the criterion. */
  label: string;
  points: number;
  weight: number;
  /** 0–10: how well the pair meets the criterion. */
  level: number;
  /** Russian explanation: what was compared and what came out. */
  detail: string;
}

export type MatchScore =
  | {
      eligible: true;
      total: number;
      parts: ScorePart[];
      /** The form the pair works in: the first of the programme's forms that fits both people. */
      form: MentoringForm;
      /** The enabled role-model variant the pair fits, if any (Mentorship.variant). */
      roleModel: RoleModel | null;
    }
  | { eligible: false; reasons: string[] };

/** How a pair meets one criterion before weighting; `passes` is what «обязательно» demands. */
export interface CriterionFit {
  level: number;
  passes: boolean;
  detail: string;
}
