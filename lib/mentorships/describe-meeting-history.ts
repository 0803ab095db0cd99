import { formatInstant } from "@/lib/format/date";
import type { MeetingChangeKind } from "@/lib/generated/prisma/enums";
import type { MeetingFieldChange } from "./describe-meeting-changes";

/** A MeetingChange row as read for the pair's page. */
export interface StoredMeetingChange {
  id: string;
  meetingId: string;
  kind: MeetingChangeKind;
  heldOn: Date;
  topic: string;
  /** MeetingFieldChange[], as stored. */
  changes: unknown;
  changedAt: Date;
  changedBy: { displayName: string };
}

/** An attendee kept by a record written before ids were kept, whose name matched no mentee of the pair. */
export const UNKNOWN_ATTENDEE = "имя не сохранено";

const fieldChanges = (row: { changes: unknown }) => (Array.isArray(row.changes) ? (row.changes as MeetingFieldChange[]) : []);

/** The mentees a history names (their names are read when it is shown). */
export function meetingHistoryMenteeIds(rows: readonly { changes: unknown }[]): string[] {
  const ids = rows.flatMap((row) => fieldChanges(row).flatMap((c) => (c.field === "present" ? [...c.from, ...c.to] : [])));
  return [...new Set(ids)];
}

function attendees(ids: string[], unknown: number | undefined, names: ReadonlyMap<string, string>): string {
  const known = ids.map((id) => names.get(id) ?? UNKNOWN_ATTENDEE).sort((a, b) => a.localeCompare(b, "ru"));
  const all = [...known, ...Array<string>(unknown ?? 0).fill(UNKNOWN_ATTENDEE)];
  return all.length ? all.join(", ") : "никто";
}

/**
 * The pair's history of meeting corrections as people read it: when (the school's calendar day of the change), who,
 * and each changed field old → new, attendees named by `names` (mentee id → name as the person's record reads now).
 */
export function describeMeetingHistory(
  rows: readonly StoredMeetingChange[],
  names: ReadonlyMap<string, string>,
  timeZone: string,
) {
  return rows.map((row) => ({
    id: row.id,
    meetingId: row.meetingId,
    kind: row.kind,
    heldOn: row.heldOn,
    topic: row.topic,
    changedBy: row.changedBy.displayName,
    changedOn: formatInstant(row.changedAt, timeZone),
    lines: fieldChanges(row).map((c) =>
      c.field === "present"
        ? {
            field: c.field,
            label: c.label,
            from: attendees(c.from, c.fromUnknown, names),
            to: attendees(c.to, c.toUnknown, names),
          }
        : { field: c.field, label: c.label, from: c.from, to: c.to },
    ),
  }));
}

export type MeetingHistoryEntry = ReturnType<typeof describeMeetingHistory>[number];
