/**
 * The criteria of a match score (stage 5.3). Each criterion rates a mentor–mentee pair on a level from 0 to 10;
 * the curator gives it a weight per programme (0 turns it off) and may mark it «обязательно»: a pair failing a
 * must criterion is not eligible. Points of a criterion = weight × level, so every part is an integer and the parts
 * add up to the total exactly.
 */
export const matchCriteria = [
  "MENTEE_CHOICE",
  "MENTOR_CHOICE",
  "MUTUAL_CHOICE",
  "REQUESTS",
  "ROLE_MODEL",
  "FORMAT",
  "AVAILABILITY",
] as const;

export type MatchCriterion = (typeof matchCriteria)[number];

export const criterionLabels: Record<MatchCriterion, string> = {
  MENTEE_CHOICE: "Выбор наставляемого",
  MENTOR_CHOICE: "Выбор наставника",
  MUTUAL_CHOICE: "Взаимный выбор",
  REQUESTS: "Запросы и компетенции",
  ROLE_MODEL: "Ролевая модель",
  FORMAT: "Формат работы",
  AVAILABILITY: "Время занятий",
};

/** What «обязательно» demands of a pair, for the settings form. */
export const mustMeanings: Record<MatchCriterion, string> = {
  MENTEE_CHOICE: "наставляемый выбрал этого наставника",
  MENTOR_CHOICE: "наставник выбрал этого наставляемого",
  MUTUAL_CHOICE: "наставник и наставляемый выбрали друг друга",
  REQUESTS: "наставник работает хотя бы с одним запросом наставляемого",
  ROLE_MODEL: "пара подходит под одну из выбранных ролевых моделей",
  FORMAT: "форматы работы совпадают (или одна сторона их не указала)",
  AVAILABILITY: "есть общее время занятий (или одна сторона его не указала)",
};

/** Importance levels as commercial platforms give them (high 5, medium 3, low 1); the curator may set 0–10. */
export const defaultCriterionWeights: Record<MatchCriterion, number> = {
  MENTEE_CHOICE: 5,
  MENTOR_CHOICE: 3,
  MUTUAL_CHOICE: 3,
  REQUESTS: 5,
  ROLE_MODEL: 3,
  FORMAT: 1,
  AVAILABILITY: 1,
};

export const MAX_LEVEL = 10;
export const MAX_WEIGHT = 10;
