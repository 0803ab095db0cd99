import type { ReportFormat } from "@/lib/reports/export/report-document";

const labels: Record<ReportFormat, string> = { xlsx: "Excel (XLSX)", docx: "Word (DOCX)", pdf: "PDF" };

/** Download links of a report in each format. */
export function ExportLinks({ base, formats }: { base: string; formats: ReportFormat[] }) {
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span className="text-slate-700">Скачать отчёт:</span>
      {formats.map((format) => (
        <a key={format} href={`${base}/${format}`} className="text-blue-800 underline" download>
          {labels[format]}
        </a>
      ))}
    </p>
  );
}
