/** A report as sections of titled tables: the one shape the XLSX, DOCX and PDF writers print. */
export type ReportCell = string | number | null;

export interface ReportTable {
  title: string;
  /** Column headers; numbers stay numbers in the XLSX. */
  columns: { header: string; width: number; numFmt?: string }[];
  rows: ReportCell[][];
  /** A line under the table (what a hidden cell means, what a denominator is). */
  note?: string;
}

export interface ReportDocument {
  /** The file's name without the extension. */
  fileName: string;
  title: string;
  /** Lines under the title: who reports, as of which day. */
  subtitles: string[];
  tables: ReportTable[];
}

/** A cell as text, for the DOCX and the PDF: numbers in the Russian way (comma), empty for null. */
export function cellText(value: ReportCell): string {
  if (value === null) return "—";
  if (typeof value === "number") return new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 }).format(value);
  return value;
}

export const reportFormats = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;

export type ReportFormat = keyof typeof reportFormats;
