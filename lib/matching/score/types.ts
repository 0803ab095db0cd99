import type { MenteeKind, MenteeRequestKind, MentorCategory, MentoringForm, WorkFormat } from "@/lib/generated/prisma/enums";
import type { Eligibility } from "@/lib/matching/eligibility";
import type { AvailabilitySlot } from "./availability-slots";
import type { MatchCriterion } from "./criteria";
import type { RoleModel, RoleTrait } from "./role-models";

/** What the match score reads of either side of a pair. */
interface ScorePerson {
  id: string;
  /** Class (1–11) of a pupil or senior pupil; null for adults or when unknown. */
  grade: number | null;
  /** Years of teaching experience (Staff.experienceYears) of a teacher; null otherwise. */
  experienceYears?: number | null;
  /** Optional traits of the role-model variants («отличник», «лидер», «тихоня»…), recorded by the curator. */
  traits?: readonly RoleTrait[];
  /** Ids of the other side in the order this person ranked them after the group meeting (stage 5.2). */
  choices?: readonly string[];
  preferredFormats?: readonly WorkFormat[];
  availability?: readonly AvailabilitySlot[];
  /** From menteeEligibility() / mentorEligibility(): consent, status, certificate, anonymised. Absent means eligible. */
  eligibility?: Eligibility;
}

/** A mentee: MenteeProfile (kind, requests), the pupil's class, the preferences questionnaire (up to three mentors). */
export interface ScoreMentee extends ScorePerson {
  kind: MenteeKind;
  /** MenteeRequest rows; a confidential one counts but is never named in the explanation. */
  requests: readonly { kind: MenteeRequestKind; confidential?: boolean }[];
}

/** A mentor: MentorProfile (category, preferred forms and formats), the senior pupil's class, preferences. */
export interface ScoreMentor extends ScorePerson {
  category: MentorCategory;
  /** The request kinds the mentor works with (their competencies in the catalogue's terms). */
  competencies: readonly MenteeRequestKind[];
  /** MentorProfile.preferredForms: the form is picked among them when the programme runs several. */
  preferredForms?: readonly MentoringForm[];
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
