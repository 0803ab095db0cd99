import type { Prisma } from "@/lib/generated/prisma/client";
import type { TemplateQuestion } from "../template-content-schema";
import type { BuiltInTemplate } from "./questions";

export type QuestionRow = Prisma.QuestionCreateManyInput & { id: string };

/** Question rows of a template, positions from 1; used by the library install, the demo seed and the builder's save. */
export function questionRows(
  schoolId: string,
  templateId: string,
  questions: TemplateQuestion[],
  newId: () => string,
): QuestionRow[] {
  return questions.map((q, i) => ({
    id: newId(),
    schoolId,
    templateId,
    position: i + 1,
    section: q.section || null,
    parameter: q.parameter ?? null,
    type: q.type,
    text: q.text,
    required: q.required,
    options: q.options,
    scaleMin: q.scaleMin ?? null,
    scaleMax: q.scaleMax ?? null,
    minLabel: q.minLabel || null,
    maxLabel: q.maxLabel || null,
  }));
}

/** Rows for createMany of built-in templates as version 1 of their own family. Pure: the seed uses it too. */
export function builtInTemplateRows(schoolId: string, templates: BuiltInTemplate[], newId: () => string) {
  const rows: (Prisma.QuestionnaireTemplateCreateManyInput & { id: string; builtInKey: string })[] = [];
  const questions: QuestionRow[] = [];
  for (const t of templates) {
    const id = newId();
    rows.push({
      id,
      schoolId,
      familyId: id,
      builtInKey: t.key,
      version: 1,
      isCurrent: true,
      purpose: t.purpose,
      audience: t.audience,
      title: t.title,
      intro: t.intro || null,
      mentorMaySeeAnswers: t.mentorMaySeeAnswers,
    });
    questions.push(...questionRows(schoolId, id, t.questions, newId));
  }
  return { templates: rows, questions };
}
