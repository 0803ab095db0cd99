import type { MonitoringParameterCode } from "../monitoring-parameters";
import type { TemplateContent, TemplateQuestion } from "../template-content-schema";

/** A built-in questionnaire: stable key, content in the shape the builder edits. */
export interface BuiltInTemplate extends TemplateContent {
  key: string;
}

interface Extra {
  section?: string;
  required?: boolean;
  parameter?: MonitoringParameterCode;
}

const base = (text: string, extra: Extra = {}) => ({
  section: extra.section ?? "",
  text,
  required: extra.required ?? true,
  options: [] as string[],
  scaleMin: undefined as number | undefined,
  scaleMax: undefined as number | undefined,
  minLabel: "",
  maxLabel: "",
  parameter: extra.parameter,
});

export function scale(
  text: string,
  [min, max, minLabel, maxLabel]: [number, number, string, string],
  extra?: Extra,
): TemplateQuestion {
  return { ...base(text, extra), type: "SCALE", scaleMin: min, scaleMax: max, minLabel, maxLabel };
}

/** The 1–10 agreement scale of the satisfaction questionnaires. */
export const agree = (text: string, extra?: Extra) => scale(text, [1, 10, "совсем не согласен", "полностью согласен"], extra);

export function single(text: string, options: string[], extra?: Extra): TemplateQuestion {
  return { ...base(text, extra), type: "SINGLE_CHOICE", options };
}

export function multiple(text: string, options: string[], extra?: Extra): TemplateQuestion {
  return { ...base(text, extra), type: "MULTIPLE_CHOICE", options };
}

export function text(question: string, extra?: Extra): TemplateQuestion {
  return { ...base(question, extra), type: "TEXT" };
}

export function number(question: string, [min, max]: [number | undefined, number | undefined], extra?: Extra): TemplateQuestion {
  return { ...base(question, extra), type: "NUMBER", scaleMin: min, scaleMax: max };
}

export function date(question: string, extra?: Extra): TemplateQuestion {
  return { ...base(question, extra), type: "DATE" };
}

/** Gives every question without its own section the given one. */
export function section(title: string, questions: TemplateQuestion[]): TemplateQuestion[] {
  return questions.map((q) => ({ ...q, section: q.section || title }));
}
