import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { formParticipants } from "@/lib/matching/form-rules";
import { menteeKindLabels } from "@/lib/mentees/labels";
import { mentorCategoryLabels } from "@/lib/mentors/labels";
import { formLabels } from "@/lib/mentorships/labels";
import type { ScoreMentee, ScoreMentor } from "./types";

function formRuleProblems(form: MentoringForm, mentor: ScoreMentor, mentee: ScoreMentee, minGradeGap: number): string[] {
  if (form !== "PUPIL_PUPIL") return [];
  // Seed 003: in «ученик – ученик» the mentor is at a higher level of education than the mentee.
  if (mentor.grade === null || mentee.grade === null) {
    return [`${formLabels[form]}: не известен класс ${mentor.grade === null ? "наставника" : "наставляемого"}`];
  }
  if (mentor.grade - mentee.grade >= minGradeGap) return [];
  return [
    `${formLabels[form]}: наставник должен учиться старше наставляемого не меньше чем на ${minGradeGap} кл. ` +
      `(наставник — ${mentor.grade} класс, наставляемый — ${mentee.grade} класс)`,
  ];
}

/**
 * The form a pair works in: among the programme's forms, those that bring together this mentor's category and this
 * mentee's kind, the mentor's preferred forms first; the first whose own rules the pair meets. Otherwise the reasons.
 */
export function pickPairForm(
  forms: readonly MentoringForm[],
  mentor: ScoreMentor,
  mentee: ScoreMentee,
  minGradeGap: number,
): { form: MentoringForm; reasons: [] } | { form: null; reasons: string[] } {
  const preferred = mentor.preferredForms ?? [];
  let firstProblems: string[] | null = null;
  for (const preferredPass of [true, false]) {
    for (const form of forms) {
      const rule = formParticipants[form];
      if (preferred.includes(form) !== preferredPass) continue;
      if (!rule.mentors.includes(mentor.category) || rule.mentee !== mentee.kind) continue;
      const problems = formRuleProblems(form, mentor, mentee, minGradeGap);
      if (problems.length === 0) return { form, reasons: [] };
      firstProblems ??= problems;
    }
  }
  if (firstProblems) return { form: null, reasons: firstProblems };
  return {
    form: null,
    reasons: [
      forms.length === 0
        ? "В программе не выбраны формы наставничества"
        : `Ни в одной форме программы наставник категории «${mentorCategoryLabels[mentor.category]}» ` +
          `не работает с наставляемым «${menteeKindLabels[mentee.kind]}»`,
    ],
  };
}
