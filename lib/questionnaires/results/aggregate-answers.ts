import type { QuestionType } from "@/lib/generated/prisma/enums";
import { guardSmallGroup, peopleBehind, type Answerer, type Guarded } from "./small-group";

export interface AggregateQuestion {
  id: string;
  position: number;
  section: string | null;
  type: QuestionType;
  text: string;
  options: string[];
  scaleMin: number | null;
  scaleMax: number | null;
}

/** One answer, with who gave it and whom it is about: the small-group rule counts people, not answers. */
export interface AggregateAnswer extends Answerer {
  questionId: string;
  numberValue: number | null;
  textValue: string | null;
  dateValue: Date | null;
  choices: string[];
}

export interface Bar {
  label: string;
  count: number;
  percent: number;
}

export type Summary =
  | { kind: "SCALE"; mean: number; bars: Bar[] }
  | { kind: "NUMBER"; mean: number; min: number; max: number; median: number }
  | { kind: "CHOICE"; bars: Bar[] }
  | { kind: "COUNT"; count: number };

export interface QuestionResult {
  question: AggregateQuestion;
  result: Guarded<Summary>;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const percentOf = (count: number, total: number) => (total ? Math.round((count / total) * 100) : 0);

export function hasValue(answer: Pick<AggregateAnswer, "numberValue" | "dateValue" | "choices" | "textValue">): boolean {
  return (
    answer.numberValue !== null ||
    answer.dateValue !== null ||
    answer.choices.length > 0 ||
    (answer.textValue !== null && answer.textValue.trim() !== "")
  );
}

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : round1((sorted[middle - 1] + sorted[middle]) / 2);
}

function summarise(question: AggregateQuestion, answers: AggregateAnswer[]): Summary {
  const total = answers.length;
  if (question.type === "SCALE" || question.type === "NUMBER") {
    const values = answers.map((a) => a.numberValue ?? 0).sort((a, b) => a - b);
    const mean = round1(values.reduce((sum, v) => sum + v, 0) / total);
    if (question.type === "NUMBER")
      return { kind: "NUMBER", mean, min: values[0], max: values[total - 1], median: median(values) };
    const low = question.scaleMin ?? values[0];
    const high = question.scaleMax ?? values[total - 1];
    const bars: Bar[] = [];
    for (let v = low; v <= high; v++) {
      const count = values.filter((x) => x === v).length;
      bars.push({ label: String(v), count, percent: percentOf(count, total) });
    }
    return { kind: "SCALE", mean, bars };
  }
  if (question.type === "SINGLE_CHOICE" || question.type === "MULTIPLE_CHOICE") {
    const bars = question.options.map((option) => {
      // A single choice is stored as text (lib/questionnaires/submit-questionnaire.ts), several choices as a list.
      const count = answers.filter((a) =>
        question.type === "SINGLE_CHOICE" ? a.textValue === option : a.choices.includes(option),
      ).length;
      return { label: option, count, percent: percentOf(count, total) };
    });
    return { kind: "CHOICE", bars };
  }
  // Text and date answers are individual; only how many people answered is an aggregate.
  return { kind: "COUNT", count: total };
}

/**
 * Per question of one template version: the aggregate of the given answers, each behind the small-group rule
 * (peopleBehind the answers to that question: one person's answers to two campaigns are one). `hidden` lists questions whose numbers must not be shown
 * whatever their count (see filter-safety.ts); they are marked `reason: "SUBGROUP"` unless too few answered anyway.
 */
export function aggregateAnswers(
  questions: AggregateQuestion[],
  answers: AggregateAnswer[],
  hidden: ReadonlySet<string> = new Set(),
): QuestionResult[] {
  return questions.map((question) => {
    const own = answers.filter((a) => a.questionId === question.id && hasValue(a));
    const people = peopleBehind(own);
    const result = guardSmallGroup(people, () => summarise(question, own));
    if (result.shown && hidden.has(question.id))
      return { question, result: { shown: false, respondents: people, reason: "SUBGROUP" } };
    return { question, result };
  });
}
