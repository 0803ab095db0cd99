import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { todayCalendarDate } from "@/lib/format/date";
import { assertCan } from "@/lib/permissions";
import { loadMentorRows, type MentorFilters } from "./load-mentor-rows";

/** The base of mentors («База наставников») with filters; every listed person's read is logged. */
export async function listMentors(viewer: Viewer, filters: MentorFilters = {}, today = todayCalendarDate(viewer.timeZone)) {
  assertCan(viewer, "mentor-base:read");
  const rows = await loadMentorRows(viewer, filters, today);
  await recordReads(
    viewer,
    rows.map((row) => row.personId),
    "База наставников",
  );
  return rows;
}
