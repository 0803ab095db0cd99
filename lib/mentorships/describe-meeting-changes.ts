import { formatDate } from "@/lib/format/date";
import type { MeetingType } from "@/lib/generated/prisma/enums";
import { meetingTypeLabels } from "./labels";

export interface MeetingState {
  type: MeetingType;
  heldOn: Date;
  durationMinutes: number;
  topic: string;
  summary: string | null;
  /** Ids of the mentees (MenteeProfile) marked present. */
  present: string[];
}

type ShownField = Exclude<keyof MeetingState, "present">;

/**
 * One field a correction changed, as MeetingChange.changes stores it: values as people read them, except attendance,
 * kept as mentee ids so that names are read when the history is shown (an anonymised person then reads as such).
 * `fromUnknown` / `toUnknown` count attendees of records written before ids were kept whose name matched nobody.
 */
export type MeetingFieldChange =
  | { field: ShownField; label: string; from: string; to: string }
  | { field: "present"; label: string; from: string[]; to: string[]; fromUnknown?: number; toUnknown?: number };

export const PRESENT_LABEL = "Присутствовали";

const shown: { [K in ShownField]: [string, (value: MeetingState[K]) => string] } = {
  heldOn: ["Дата", formatDate],
  type: ["Тип", (type) => meetingTypeLabels[type]],
  durationMinutes: ["Длительность", (minutes) => `${minutes} мин`],
  topic: ["Тема", (topic) => topic],
  summary: ["Итоги", (summary) => summary ?? ""],
};

function field<K extends ShownField>(key: K, before: MeetingState, after: MeetingState): MeetingFieldChange | null {
  const [label, show] = shown[key];
  const from = show(before[key]);
  const to = show(after[key]);
  return from === to ? null : { field: key, label, from, to };
}

function attendance(before: MeetingState, after: MeetingState): MeetingFieldChange | null {
  const from = [...new Set(before.present)].sort();
  const to = [...new Set(after.present)].sort();
  return from.join() === to.join() ? null : { field: "present", label: PRESENT_LABEL, from, to };
}

/** What a correction changed, field by field, for the pair's history. */
export function describeMeetingChanges(before: MeetingState, after: MeetingState): MeetingFieldChange[] {
  return [...(Object.keys(shown) as ShownField[]).map((key) => field(key, before, after)), attendance(before, after)].filter(
    (change): change is MeetingFieldChange => change !== null,
  );
}
