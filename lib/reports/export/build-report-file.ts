import "server-only";
import { AppError } from "@/lib/errors";
import { reportFormats, type ReportDocument, type ReportFormat } from "./report-document";
import { reportDocx } from "./report-docx";
import { reportPdf } from "./report-pdf";
import { reportXlsx } from "./report-xlsx";

const writers = { xlsx: reportXlsx, docx: reportDocx, pdf: reportPdf } as const;

/** The format named in the address, or 404 for anything else. */
export function parseReportFormat(format: string, allowed: readonly ReportFormat[]): ReportFormat {
  if (!(allowed as readonly string[]).includes(format)) throw new AppError("NOT_FOUND", "Неизвестный формат.");
  return format as ReportFormat;
}

/** The report document written in the format, as a download response (never cached: it is the school's data). */
export async function reportFileResponse(doc: ReportDocument, format: ReportFormat): Promise<Response> {
  const file = await writers[format](doc);
  const name = `${doc.fileName}.${format}`;
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": reportFormats[format],
      "Content-Disposition": `attachment; filename="report.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
