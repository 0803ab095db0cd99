import { defineRoute } from "@/lib/auth/define-route";
import { todayCalendarDate } from "@/lib/format/date";
import { getMunicipalReport } from "@/lib/municipality/get-municipal-report";
import { municipalReportDocument } from "@/lib/municipality/municipal-report-document";
import { parseReportFormat, reportFileResponse } from "@/lib/reports/export/build-report-file";

/** GET /municipality/export/xlsx|docx|pdf — the coordinator's view of the schools as a file (aggregates only). */
export const GET = defineRoute<{ format: string }>("/municipality/export/[format]", async (_request, viewer, { format }) => {
  const type = parseReportFormat(format, ["xlsx", "docx", "pdf"]);
  const today = todayCalendarDate(viewer.timeZone);
  return reportFileResponse(municipalReportDocument(await getMunicipalReport(viewer, today), today), type);
});
