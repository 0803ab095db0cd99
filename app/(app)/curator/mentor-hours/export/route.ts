import { defineRoute } from "@/lib/auth/define-route";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { listMentorHours } from "@/lib/mentor-hours/list-mentor-hours";
import { mentorHoursXlsx } from "@/lib/mentor-hours/mentor-hours-xlsx";

/** GET /curator/mentor-hours/export?year=2026 — mentors' hours of a school year as XLSX for the school's accounting. */
export const GET = defineRoute("/curator/mentor-hours/export", async (request, viewer) => {
  const { startYear, mentors } = await listMentorHours(viewer, new URL(request.url).searchParams.get("year") ?? undefined);
  const file = await mentorHoursXlsx({ schoolName: viewer.schoolName, startYear, mentors });
  await recordAudit(db, viewer, {
    action: "mentor-hours.export",
    entityType: "School",
    entityId: viewer.schoolId,
    details: { startYear, mentors: mentors.length },
  });
  const name = `Часы наставников ${startYear}-${startYear + 1}.xlsx`;
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="mentor-hours-${startYear}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
    },
  });
});
