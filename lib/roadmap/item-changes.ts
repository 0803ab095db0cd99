import { formatDate } from "@/lib/format/date";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { itemStatusLabels } from "./labels";

export interface ItemSnapshot {
  title: string;
  expectedResult: string | null;
  deadlineLabel: string | null;
  dueOn: Date | null;
  responsibleName: string | null;
  coResponsibleNames: string | null;
  status: ItemStatus;
  resultNote: string | null;
}

export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

const fieldLabels: Record<keyof ItemSnapshot, string> = {
  title: "Мероприятие",
  expectedResult: "Задача / ожидаемый результат",
  deadlineLabel: "Сроки",
  dueOn: "Крайний срок",
  responsibleName: "Ответственный",
  coResponsibleNames: "Соисполнители",
  status: "Статус",
  resultNote: "Результат",
};

function shown(field: keyof ItemSnapshot, value: ItemSnapshot[keyof ItemSnapshot]): string {
  if (value === null || value === "") return "—";
  if (field === "status") return itemStatusLabels[value as ItemStatus];
  if (value instanceof Date) return formatDate(value);
  return String(value);
}

/** The fields that differ, as people read them: «Статус: Запланировано → Выполнено». */
export function itemChanges(before: ItemSnapshot, after: ItemSnapshot): FieldChange[] {
  return (Object.keys(fieldLabels) as (keyof ItemSnapshot)[])
    .map((field) => ({ field: fieldLabels[field], from: shown(field, before[field]), to: shown(field, after[field]) }))
    .filter((change) => change.from !== change.to);
}
