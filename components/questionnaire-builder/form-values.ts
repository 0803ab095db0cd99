import type { QuestionType, QuestionnairePurpose, Role } from "@/lib/generated/prisma/enums";
import type { PreviewQuestion } from "./template-preview";

/** What the builder's inputs hold: text as typed; the shared zod schema turns it into a template. */
export interface QuestionFormValues {
  section: string;
  text: string;
  type: QuestionType;
  required: boolean;
  options: string;
  scaleMin: string;
  scaleMax: string;
  minLabel: string;
  maxLabel: string;
  parameter: string;
}

export interface TemplateFormValues {
  templateId: string;
  title: string;
  intro: string;
  purpose: QuestionnairePurpose;
  audience: Extract<Role, "MENTEE" | "MENTOR" | "PARENT">;
  mentorMaySeeAnswers: boolean;
  questions: QuestionFormValues[];
}

export function blankQuestion(section = ""): QuestionFormValues {
  return {
    section,
    text: "",
    type: "SCALE",
    required: true,
    options: "",
    scaleMin: "1",
    scaleMax: "10",
    minLabel: "совсем нет",
    maxLabel: "полностью",
    parameter: "",
  };
}

interface StoredQuestion extends PreviewQuestion {
  parameter: string | null;
}

export function toQuestionFormValues(q: StoredQuestion): QuestionFormValues {
  return {
    section: q.section ?? "",
    text: q.text,
    type: q.type,
    required: q.required,
    options: q.options.join("\n"),
    scaleMin: q.scaleMin?.toString() ?? "",
    scaleMax: q.scaleMax?.toString() ?? "",
    minLabel: q.minLabel ?? "",
    maxLabel: q.maxLabel ?? "",
    parameter: q.parameter ?? "",
  };
}

const toBound = (value: string) => (value.trim() === "" || Number.isNaN(Number(value)) ? null : Number(value));

/** The questions as typed so far, for the live preview. */
export function previewFromForm(questions: QuestionFormValues[]): PreviewQuestion[] {
  return questions.map((q) => ({
    section: q.section.trim() || null,
    text: q.text,
    type: q.type,
    required: q.required,
    options: q.options
      .split("\n")
      .map((o) => o.trim())
      .filter(Boolean),
    scaleMin: toBound(q.scaleMin),
    scaleMax: toBound(q.scaleMax),
    minLabel: q.minLabel || null,
    maxLabel: q.maxLabel || null,
  }));
}
