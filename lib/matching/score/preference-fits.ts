import type { CriterionFit, ScoreMentee, ScoreMentor } from "./types";

/** 1st place 10, 2nd 8, 3rd 6, 4th 4, any later place 2: a mentor may rank many mentees. */
function rankLevel(index: number): number {
  return index < 0 ? 0 : Math.max(2, 10 - 2 * index);
}

function choiceDetail(index: number, someone: string, other: string, choseAnyone: boolean): string {
  if (index >= 0) return `${someone} поставил ${other} на ${index + 1}-е место`;
  return choseAnyone ? `${someone} выбрал других` : `${someone} ещё не указал предпочтения`;
}

/**
 * Mutual preference after the group meeting (stage 5.2): who ranked whom, at which place, and whether both did.
 * Without `explain` the details stay empty: scoring a whole cohort needs only the levels.
 */
export function preferenceFits(
  mentee: ScoreMentee,
  mentor: ScoreMentor,
  explain: boolean,
): Record<"MENTEE_CHOICE" | "MENTOR_CHOICE" | "MUTUAL_CHOICE", CriterionFit> {
  const menteeRank = mentee.choices?.indexOf(mentor.id) ?? -1;
  const mentorRank = mentor.choices?.indexOf(mentee.id) ?? -1;
  const mutual = menteeRank >= 0 && mentorRank >= 0;
  return {
    MENTEE_CHOICE: {
      level: rankLevel(menteeRank),
      passes: menteeRank >= 0,
      detail: explain ? choiceDetail(menteeRank, "Наставляемый", "наставника", !!mentee.choices?.length) : "",
    },
    MENTOR_CHOICE: {
      level: rankLevel(mentorRank),
      passes: mentorRank >= 0,
      detail: explain ? choiceDetail(mentorRank, "Наставник", "наставляемого", !!mentor.choices?.length) : "",
    },
    MUTUAL_CHOICE: {
      level: mutual ? 10 : 0,
      passes: mutual,
      detail: !explain ? "" : mutual ? "Наставник и наставляемый выбрали друг друга" : "Выбор не взаимный",
    },
  };
}
