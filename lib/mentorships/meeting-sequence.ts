import type { MeetingType } from "@/lib/generated/prisma/enums";
import { meetingTypeLabels } from "./labels";

/** The model's order of a pair's meetings (stage 6): organisational → trial → planning → regular → final → group final. */
const order: MeetingType[] = ["ACQUAINTANCE", "TRIAL", "PLANNING", "REGULAR", "FINAL", "GROUP_FINAL"];

/**
 * A warning when a meeting of `type` comes out of the model's order, given the types the pair already held or planned:
 * an earlier step of the first three has not happened yet, or a first-steps type comes after a later one. Warned, not
 * forbidden: the mentor confirms and goes on. null when the order is kept.
 */
export function meetingSequenceWarning(done: MeetingType[], type: MeetingType): string | null {
  const rank = order.indexOf(type);
  const had = new Set(done);
  const missing = order.slice(0, Math.min(rank, 3)).filter((t) => !had.has(t));
  if (missing.length > 0) {
    return `По модели до встречи «${meetingTypeLabels[type]}» проводятся: ${missing.map((t) => `«${meetingTypeLabels[t]}»`).join(", ")}.`;
  }
  if (rank < 3) {
    const later = order.slice(rank + 1).find((t) => had.has(t));
    if (later) return `«${meetingTypeLabels[type]}» по модели идёт раньше, чем «${meetingTypeLabels[later]}», которая уже была.`;
  }
  if (type === "REGULAR" && (had.has("FINAL") || had.has("GROUP_FINAL"))) {
    return "Заключительная встреча уже была: регулярная встреча после неё идёт не по модели.";
  }
  return null;
}

/** The type the model suggests next: the first of the first steps not yet held, else a regular meeting. */
export function nextMeetingType(done: MeetingType[]): MeetingType {
  return order.slice(0, 3).find((t) => !done.includes(t)) ?? "REGULAR";
}
