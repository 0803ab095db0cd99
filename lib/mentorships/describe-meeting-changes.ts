import { formatDate } from "@/lib/format/date";
import type { MeetingType } from "@/lib/generated/prisma/enums";
import { meetingTypeLabels } from "./labels";

export interface MeetingState {
  type: MeetingType;
  heldOn: Date;
  durationMinutes: number;
  topic: string;
  summary: string | null;
  /** Names of the mentees marked present. */
  present: string[];
}

export interface MeetingFieldChange {
  field: keyof MeetingState;
  label: string;
  from: string;
  to: string;
}

const shown: { [K in keyof MeetingState]: [string, (value: MeetingState[K]) => string] } = {
  heldOn: ["Дата", formatDate],
  type: ["Тип", (type) => meetingTypeLabels[type]],
  durationMinutes: ["Длительность", (minutes) => `${minutes} мин`],
  topic: ["Тема", (topic) => topic],
  summary: ["Итоги", (summary) => summary ?? ""],
  present: ["Присутствовали", (names) => (names.length ? [...names].sort().join(", ") : "никто")],
};

function field<K extends keyof MeetingState>(key: K, before: MeetingState, after: MeetingState): MeetingFieldChange | null {
  const [label, show] = shown[key];
  const from = show(before[key]);
  const to = show(after[key]);
  return from === to ? null : { field: key, label, from, to };
}

/** What a correction changed, field by field, as people read it (for the pair's history). */
export function describeMeetingChanges(before: MeetingState, after: MeetingState): MeetingFieldChange[] {
  return (Object.keys(shown) as (keyof MeetingState)[])
    .map((key) => field(key, before, after))
    .filter((change): change is MeetingFieldChange => change !== null);
}
