import { patronymic } from "../../../lib/format/patronymic";
import { fatherNames, femaleFirst, maleFirst, surnames } from "../names";

/** The demo's name lists for generated people: surnames in the male form (the female form adds «а»). */
export const scaleSurnames = surnames.filter((name) => !name.endsWith("а"));
export const maleNames = maleFirst;
export const femaleNames = femaleFirst;
export const malePatronymics = fatherNames.map((name) => patronymic(name, false));
export const femalePatronymics = fatherNames.map((name) => patronymic(name, true));

export const meetingTopics = [
  "Разбор олимпиадных задач",
  "План проекта",
  "Подготовка к выступлению",
  "Профессии будущего",
  "Трудная тема по алгебре",
  "Чтение и обсуждение книги",
  "Итоги четверти",
];
export const auditActions = ["person.read", "mentee.update", "meeting.log", "questionnaire.submit", "consent.record"];
