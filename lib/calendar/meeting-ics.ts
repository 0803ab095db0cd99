import "server-only";
import { mentorshipsInView } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { buildIcs } from "./build-ics";
import { calendarEvents } from "./calendar-events";

/**
 * One planned meeting as iCalendar text: of a pair the viewer takes part in, or for the curator any pair of their school
 * (lib/auth/scopes.ts mentorshipsInView, as the pair page shows them); any other meeting is "not found".
 */
export async function meetingIcs(viewer: Viewer, plannedMeetingId: string): Promise<string> {
  assertCan(viewer, "plan:read");
  const events = await calendarEvents(db, viewer, { meetingId: plannedMeetingId, pairs: mentorshipsInView(viewer) });
  if (events.length === 0) throw new AppError("NOT_FOUND");
  return buildIcs(events, { timeZone: viewer.timeZone, calName: "Наставник", host: "nastavnik" });
}
