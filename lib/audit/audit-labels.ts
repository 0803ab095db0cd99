import { format } from "date-fns";

/** Russian names of the audited actions a person's log shows; an unknown action is shown as its code. */
export const auditActionLabels: Record<string, string> = {
  "person.read": "Просмотр",
  "mentee.add": "Изменение базы наставляемых",
  "mentee.remove": "Изменение базы наставляемых",
  "mentee.update": "Изменение запроса",
  "mentee-request.add": "Изменение запроса",
  "mentee-request.remove": "Изменение запроса",
  "mentee-request.share": "Доступ наставника",
  "mentee-request.unshare": "Доступ наставника",
  "consent.give": "Согласие на обработку данных дано",
  "consent.withdraw": "Согласие на обработку данных отозвано",
  "person.anonymise": "Данные обезличены",
};

export function describeAuditEntry(entry: { action: string; details: unknown }): string {
  const label = auditActionLabels[entry.action] ?? entry.action;
  const details = entry.details;
  const record = details && typeof details === "object" ? (details as Record<string, unknown>) : {};
  if (typeof record.what === "string" && record.what) return `${label}: ${record.what}`;
  if (typeof record.actNumber === "number") return `${label}: акт № ${record.actNumber}`;
  return label;
}

/** «26.11.2026 09:05» in the server's time zone. */
export function formatAuditTime(date: Date): string {
  return format(date, "dd.MM.yyyy HH:mm");
}
