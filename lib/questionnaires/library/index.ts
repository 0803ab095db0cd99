import { meetingFeedback } from "./meeting-feedback";
import { menteeIntake, mentorIntake } from "./intake";
import { monitoring } from "./monitoring";
import { parentSurvey } from "./parent-survey";
import { menteePreference, mentorPreference } from "./preference";
import type { BuiltInTemplate } from "./questions";
import { menteeSatisfaction, mentorSatisfaction } from "./satisfaction";

export type { BuiltInTemplate } from "./questions";

/** The questionnaires every school can take over at once; keys are stable, installed copies remember them. */
export const builtInTemplates: BuiltInTemplate[] = [
  menteeIntake,
  mentorIntake,
  parentSurvey,
  menteePreference,
  mentorPreference,
  meetingFeedback,
  menteeSatisfaction,
  mentorSatisfaction,
  monitoring,
];
