import { consentPurposeLabels } from "@/lib/consent/default-texts";
import type { ConsentPurpose, InterviewRecommendation, MentorStatus } from "@/lib/generated/prisma/enums";
import { mentorStatusLabels, recommendationLabels } from "@/lib/mentors/labels";

/** Russian names of the audited actions the logs show; an unknown action is shown as its code. */
export const auditActionLabels: Record<string, string> = {
  "person.read": "Просмотр",
  "person.anonymise": "Данные обезличены",
  "mentee.add": "Изменение базы наставляемых",
  "mentee.remove": "Изменение базы наставляемых",
  "mentee.update": "Изменение запроса",
  "mentee-request.add": "Изменение запроса",
  "mentee-request.remove": "Изменение запроса",
  "mentee-request.share": "Доступ наставника",
  "mentee-request.unshare": "Доступ наставника",
  "mentor.create": "Добавлен в базу наставников",
  "mentor.update": "Изменена анкета наставника",
  "mentor.interview": "Собеседование с наставником",
  "mentor.status": "Статус наставника изменён",
  "mentorship.create": "Сформирована пара или группа",
  "meeting.create": "Записана встреча",
  "achievement.create": "Записано достижение",
  "achievement.remove": "Удалено достижение",
  "pair-health.settings": "Изменены пороги контроля пар",
  "mentor-preparation.save": "Указаны часы подготовки",
  "mentor-hours.export": "Выгружены часы наставников",
  "consent.give": "Согласие дано",
  "consent.withdraw": "Согласие отозвано",
  "consent-text.publish": "Опубликован новый текст согласия",
  "invitation.issue": "Приглашение",
  "invitation.redeem": "Приглашение",
  "account.disable": "Учётная запись",
  "roster.import": "Загружен контингент",
  "questionnaire.submit": "Анкета заполнена",
  "programme.start": "Начата программа наставничества",
  "programme.advance-stage": "Программа перешла на следующий этап",
  "roadmap-item.add": "Добавлен пункт дорожной карты",
  "roadmap-item.update": "Изменён пункт дорожной карты",
  "roadmap-item.move": "Пункт дорожной карты перенесён",
  "roadmap-item.remove": "Удалён пункт дорожной карты",
  "roadmap-item.status": "Изменён статус пункта дорожной карты",
  "roadmap-item.report": "Отчёт по пункту дорожной карты",
  "roadmap-evidence.upload": "Загружено подтверждение",
  "roadmap-evidence.remove": "Удалено подтверждение",
  "roadmap-template.save": "Сохранён шаблон дорожной карты",
  "training.create": "Добавлено обучение наставников",
  "training.update": "Изменено обучение наставников",
  "partner.create": "Добавлена организация-партнёр",
  "partner.update": "Изменена организация-партнёр",
};

const issuedFor: Record<string, string> = { MENTEE: "выдан код для ученика", PARENT: "выдан код для родителя" };
const redeemedBy: Record<string, string> = {
  MENTEE: "создана учётная запись ученика",
  PARENT: "создана учётная запись родителя",
};

const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);
const pick = <T extends string>(labels: Record<T, string>, value: unknown) =>
  typeof value === "string" ? labels[value as T] : undefined;

/** The Russian detail after the label, from the entry's details; only labelled codes, never free text of a form. */
function describeDetails(action: string, record: Record<string, unknown>): string | undefined {
  const what = text(record.what);
  if (what) return what;
  if (typeof record.actNumber === "number") return `акт № ${record.actNumber}`;
  switch (action) {
    case "mentor.status": {
      const from = pick<MentorStatus>(mentorStatusLabels, record.from);
      const to = pick<MentorStatus>(mentorStatusLabels, record.to);
      return from && to ? `${from} → ${to}` : to;
    }
    case "mentor.interview":
      return pick<InterviewRecommendation>(recommendationLabels, record.recommendation);
    case "consent.give":
    case "consent.withdraw":
      return pick<ConsentPurpose>(consentPurposeLabels, record.purpose);
    case "invitation.issue":
      return pick(issuedFor, record.role);
    case "invitation.redeem":
      return pick(redeemedBy, record.role);
    case "account.disable":
      return "отключена";
    default:
      return undefined;
  }
}

export function describeAuditEntry(entry: { action: string; details: unknown }): string {
  const label = auditActionLabels[entry.action] ?? entry.action;
  const details = entry.details;
  const record = details && typeof details === "object" && !Array.isArray(details) ? (details as Record<string, unknown>) : {};
  const detail = describeDetails(entry.action, record);
  return detail ? `${label}: ${detail}` : label;
}
