import type { CriterionFit, ScoreMentee, ScoreMentor } from "./types";

/** 1st place 10, 2nd 8, 3rd 6, 4th 4, any later place 2: a mentor may rank many mentees. */
function rankLevel(index: number): number {
  return Math.max(2, 10 - 2 * index);
}

function choiceFit(index: number, someone: string, other: string, choseAnyone: boolean): CriterionFit {
  if (index >= 0) {
    return { level: rankLevel(index), passes: true, detail: `${someone} поставил ${other} на ${index + 1}-е место` };
  }
  return {
    level: 0,
    passes: false,
    detail: choseAnyone ? `${someone} выбрал других` : `${someone} ещё не указал предпочтения`,
  };
}

/** Mutual preference after the group meeting (stage 5.2): who ranked whom, at which place, and whether both did. */
export function preferenceFits(
  mentee: ScoreMentee,
  mentor: ScoreMentor,
): Record<"MENTEE_CHOICE" | "MENTOR_CHOICE" | "MUTUAL_CHOICE", CriterionFit> {
  const menteeRank = mentee.choices?.indexOf(mentor.id) ?? -1;
  const mentorRank = mentor.choices?.indexOf(mentee.id) ?? -1;
  const mutual = menteeRank >= 0 && mentorRank >= 0;
  return {
    MENTEE_CHOICE: choiceFit(menteeRank, "Наставляемый", "наставника", !!mentee.choices?.length),
    MENTOR_CHOICE: choiceFit(mentorRank, "Наставник", "наставляемого", !!mentor.choices?.length),
    MUTUAL_CHOICE: mutual
      ? { level: 10, passes: true, detail: "Наставник и наставляемый выбрали друг друга" }
      : { level: 0, passes: false, detail: "Выбор не взаимный" },
  };
}
