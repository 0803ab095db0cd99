import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { todayCalendarDate } from "@/lib/format/date";
import { assertCan } from "@/lib/permissions";
import { loadMentorRows } from "./load-mentor-rows";

/**
 * «Готовы к работе»: mentors who may be put into a pair now (READY, a valid certificate when one is needed, consent given).
 * For matching: `freePlaces` says how many more mentees each can take.
 */
export async function listReadyMentors(viewer: Viewer, today = todayCalendarDate(viewer.timeZone)) {
  assertCan(viewer, "mentor-base:read");
  const rows = (await loadMentorRows(viewer, { status: "READY" }, today)).filter((row) => row.eligibility.eligible);
  await recordReads(
    viewer,
    rows.map((row) => row.personId),
    "Наставники, готовые к работе",
  );
  return rows;
}
