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

// Moscow time, as the rest of the app shows moments (roadmap comments and history).
const auditTime = new Intl.DateTimeFormat("ru-RU", {
  day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/Moscow",
});

/** «26.11.2026 09:05», Moscow time. */
export function formatAuditTime(date: Date): string {
  const part = Object.fromEntries(auditTime.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.day}.${part.month}.${part.year} ${part.hour}:${part.minute}`;
}
