import type { NotificationKind } from "@/lib/generated/prisma/enums";

/**
 * The one sentence an e-mail says about an event. Mail leaves the operator (152-ФЗ), so it names nobody — no child,
 * no mentor, no questionnaire title: the details are behind the link, where access is checked again.
 */
export const notificationMailSentences: Record<NotificationKind, string> = {
  QUESTIONNAIRE_ASSIGNED: "Вам назначена анкета.",
  QUESTIONNAIRE_REMINDER: "Напоминаем: анкета ещё не заполнена.",
  QUESTIONNAIRE_DUE_TOMORROW: "Завтра истекает срок заполнения анкеты.",
  ROADMAP_ITEM_DUE_SOON: "Через 7 дней истекает срок пункта дорожной карты, за который вы отвечаете.",
  ROADMAP_ITEM_OVERDUE: "Просрочен пункт дорожной карты, за который вы отвечаете.",
  CONSENT_WITHDRAWN: "Отозвано согласие на обработку персональных данных.",
  CERTIFICATE_EXPIRING: "Истекает срок справки об отсутствии судимости у наставника.",
  ORDER_SUBMITTED: "Проект приказа о закреплении наставнических пар передан на утверждение.",
  ORDER_DECIDED: "Директор рассмотрел проект приказа о закреплении наставнических пар.",
  PAIR_FIXED: "Наставническая пара (группа) закреплена приказом.",
  MEETING_SCHEDULED: "Запланирована встреча наставнической пары (группы).",
  MEETING_CHANGED: "Изменилась запланированная встреча наставнической пары (группы).",
  MEETING_TOMORROW: "Завтра — встреча наставнической пары (группы).",
  PLAN_CHANGE_PROPOSED: "Предложено изменение индивидуального плана.",
  PETITION_FILED: "Подано ходатайство о замене наставника.",
  PETITION_DECIDED: "Рассмотрено ходатайство о замене наставника.",
  PAIR_AT_RISK: "Наставническая пара (группа) требует внимания.",
  PREFERENCES_OPEN: "После групповой встречи можно указать, с кем хотелось бы работать.",
  REFERRAL_CREATED: "Куратор направил к вам наставляемого для поддержки.",
  PAIR_ENDED: "Работа наставнической пары (группы) завершена.",
  APPLICATION_SUBMITTED: "Поступила новая заявка на участие в программе наставничества: её можно принять или отклонить.",
  FINAL_EVENT_INVITATION: "Вы приглашены на итоговое мероприятие программы наставничества.",
  AWARD_PROPOSED: "Куратор предложил наградить наставника: нужно ваше решение.",
  AWARD_DECIDED: "Директор рассмотрел предложение о награждении наставника.",
};
