import { defineRoute } from "@/lib/auth/define-route";
import { todayCalendarDate } from "@/lib/format/date";
import { directorReportDocument } from "@/lib/reports/director-report-document";
import { parseReportFormat, reportFileResponse } from "@/lib/reports/export/build-report-file";
import { getDirectorReport } from "@/lib/reports/get-director-report";

/** GET /director/report/export/xlsx|docx|pdf — the director's report as a file for the municipality. */
export const GET = defineRoute<{ format: string }>("/director/report/export/[format]", async (_request, viewer, { format }) => {
  const type = parseReportFormat(format, ["xlsx", "docx", "pdf"]);
  const today = todayCalendarDate(viewer.timeZone);
  const report = await getDirectorReport(viewer, today);
  return reportFileResponse(directorReportDocument(report, viewer.schoolName, today), type);
});
