import type { NotificationKind, Role } from "@/lib/generated/prisma/enums";

/** Short names of the events, as the e-mail preferences and the daily digest list them. */
export const notificationKindLabels: Record<NotificationKind, string> = {
  QUESTIONNAIRE_ASSIGNED: "Назначена анкета",
  QUESTIONNAIRE_REMINDER: "Напоминание о незаполненной анкете",
  QUESTIONNAIRE_DUE_TOMORROW: "Завтра истекает срок анкеты",
  ROADMAP_ITEM_DUE_SOON: "Через 7 дней срок пункта дорожной карты",
  ROADMAP_ITEM_OVERDUE: "Просрочен пункт дорожной карты",
  CONSENT_WITHDRAWN: "Отозвано согласие на обработку данных",
  CERTIFICATE_EXPIRING: "Истекает справка об отсутствии судимости",
  ORDER_SUBMITTED: "Приказ о закреплении пар передан на утверждение",
  ORDER_DECIDED: "Решение по приказу о закреплении пар",
  PAIR_FIXED: "Пара закреплена приказом",
  MEETING_SCHEDULED: "Запланирована встреча",
  MEETING_CHANGED: "Встреча изменена",
  MEETING_TOMORROW: "Завтра встреча",
  PLAN_CHANGE_PROPOSED: "Предложено изменение плана",
  PETITION_FILED: "Подано ходатайство о замене наставника",
  PETITION_DECIDED: "Решение по ходатайству о замене наставника",
  PAIR_AT_RISK: "Пара требует внимания",
  PREFERENCES_OPEN: "Можно выбрать наставника или наставляемых после групповой встречи",
  REFERRAL_CREATED: "Направление наставляемого к педагогу-психологу",
  PAIR_ENDED: "Работа пары завершена",
  APPLICATION_SUBMITTED: "Новая заявка на участие в программе",
  FINAL_EVENT_INVITATION: "Приглашение на итоговое мероприятие программы",
  AWARD_PROPOSED: "Предложено награждение наставника",
  AWARD_DECIDED: "Решение о награждении наставника",
};

const respondents: Role[] = ["MENTEE", "PARENT", "MENTOR"];
const pairPeople: Role[] = ["MENTOR", "MENTEE", "PARENT"];
const responsible: Role[] = ["CURATOR", "DIRECTOR", "ADMIN", "MENTOR", "PSYCHOLOGIST"];

/** Who can receive each event: the preferences offer a user only the kinds of their roles. */
const kindRoles: Record<NotificationKind, Role[]> = {
  QUESTIONNAIRE_ASSIGNED: respondents,
  QUESTIONNAIRE_REMINDER: respondents,
  QUESTIONNAIRE_DUE_TOMORROW: respondents,
  ROADMAP_ITEM_DUE_SOON: responsible,
  ROADMAP_ITEM_OVERDUE: responsible,
  CONSENT_WITHDRAWN: ["CURATOR"],
  CERTIFICATE_EXPIRING: ["CURATOR"],
  ORDER_SUBMITTED: ["DIRECTOR"],
  ORDER_DECIDED: ["CURATOR"],
  PAIR_FIXED: [...pairPeople, "CURATOR"],
  MEETING_SCHEDULED: pairPeople,
  MEETING_CHANGED: pairPeople,
  MEETING_TOMORROW: pairPeople,
  PLAN_CHANGE_PROPOSED: ["MENTOR", "MENTEE"],
  PETITION_FILED: ["DIRECTOR", "CURATOR"],
  PETITION_DECIDED: ["MENTEE", "PARENT", "CURATOR"],
  PAIR_AT_RISK: ["MENTOR", "CURATOR"],
  PREFERENCES_OPEN: respondents,
  REFERRAL_CREATED: ["PSYCHOLOGIST"],
  PAIR_ENDED: pairPeople,
  APPLICATION_SUBMITTED: ["CURATOR"],
  FINAL_EVENT_INVITATION: [...pairPeople, "DIRECTOR", "CURATOR"],
  AWARD_PROPOSED: ["DIRECTOR"],
  AWARD_DECIDED: ["CURATOR"],
};

/** The kinds relevant to someone with these roles, in the order of the labels. */
export function kindsForRoles(roles: readonly Role[]): NotificationKind[] {
  return (Object.keys(notificationKindLabels) as NotificationKind[]).filter((kind) =>
    kindRoles[kind].some((role) => roles.includes(role)),
  );
}
