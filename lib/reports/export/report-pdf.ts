import "server-only";
import { renderPdf } from "@/lib/pdf/render-pdf";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { cellText, type ReportDocument } from "./report-document";

/** The report as a PDF (A4 landscape: the tables are wide), from the same document as the XLSX and DOCX. */
export async function reportPdf(doc: ReportDocument): Promise<Buffer> {
  const content: Content[] = [
    { text: doc.title, bold: true, fontSize: 14, alignment: "center" },
    ...doc.subtitles.map((text): Content => ({ text, alignment: "center" })),
  ];
  for (const table of doc.tables) {
    // Shares of the page's width, so a wide table never runs off the page.
    const total = table.columns.reduce((sum, c) => sum + c.width, 0);
    content.push({ text: table.title, bold: true, margin: [0, 14, 0, 4] });
    content.push({
      table: {
        headerRows: 1,
        widths: table.columns.map((c) => `${((c.width / total) * 100).toFixed(2)}%`),
        body: [
          table.columns.map((c) => ({ text: c.header, bold: true })),
          ...table.rows.map((row) =>
            row.map((value) => ({ text: cellText(value), alignment: typeof value === "number" ? "right" : "left" })),
          ),
        ],
      },
      fontSize: 9,
    } as Content);
    if (table.note) content.push({ text: table.note, fontSize: 8, margin: [0, 2, 0, 0] });
  }
  const definition: TDocumentDefinitions = {
    info: { title: doc.title, creator: "Наставник" },
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [36, 36, 36, 36],
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.15 },
    content,
  };
  return renderPdf(definition);
}
