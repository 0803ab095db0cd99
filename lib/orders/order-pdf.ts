import "server-only";
import { renderPdf } from "@/lib/pdf/render-pdf";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { OrderDocument } from "./order-document";

const signature = (role: string, name: string | null): Content => ({
  columns: [
    { text: role, width: "*" },
    { text: `________________ / ${name ?? "________________"} /`, width: "auto" },
  ],
  margin: [0, 18, 0, 0],
});

/** The order as a PDF (A4 portrait), from the same text as the DOCX. */
export async function orderPdf(doc: OrderDocument): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    info: { title: `${doc.title} ${doc.numberLine}`, creator: "Наставник" },
    pageSize: "A4",
    pageMargins: [56, 48, 42, 48],
    defaultStyle: { font: "Roboto", fontSize: 11, lineHeight: 1.2 },
    content: [
      { text: doc.schoolName, alignment: "center", bold: true },
      { text: "ПРИКАЗ", alignment: "center", bold: true, fontSize: 13, margin: [0, 14, 0, 10] },
      { columns: [{ text: doc.dateLine }, { text: doc.numberLine, alignment: "right" }], margin: [0, 0, 0, 12] },
      { text: doc.title, bold: true, margin: [0, 0, 0, 10] },
      { text: doc.preamble, alignment: "justify", margin: [0, 0, 0, 6] },
      { text: doc.order, bold: true, margin: [0, 0, 0, 6] },
      ...doc.before.map((text): Content => ({ text, margin: [0, 0, 0, 6] })),
      {
        table: {
          headerRows: 1,
          widths: [16, "*", "*", 80, 58, 70],
          // New cell objects: pdfmake writes into the definition it is given.
          body: [doc.headers.map((text) => ({ text, bold: true })), ...doc.rows.map((row) => row.map((text) => ({ text })))],
        },
        fontSize: 9.5,
        margin: [0, 4, 0, 10],
      },
      ...doc.after.map((text): Content => ({ text, margin: [0, 0, 0, 6] })),
      ...doc.signatures.map((s) => signature(s.role, s.name)),
      { text: "С приказом ознакомлены наставники:", margin: [0, 18, 0, 0] },
      ...doc.acquainted.map((name) => signature("", name)),
    ],
  };
  return renderPdf(definition);
}
