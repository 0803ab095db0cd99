import "server-only";
import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
// The order's module registers the embedded Roboto font and the file access policy once for every PDF of the app.
import "@/lib/orders/order-pdf";
import { planTaskHeaders, type PlanDocument } from "./plan-document";

/** The plan as a PDF (A4 portrait), from the same text as the DOCX. */
export async function planPdf(doc: PlanDocument): Promise<Buffer> {
  const content: Content[] = [
    { text: doc.title, bold: true, fontSize: 13, margin: [0, 0, 0, 8] },
    { text: doc.mentorLine, margin: [0, 0, 0, 10] },
  ];
  for (const section of doc.sections) {
    content.push({ text: section.heading, bold: true, margin: [0, 8, 0, 4] }, { text: section.progress, margin: [0, 0, 0, 6] });
    for (const goal of section.goals) {
      content.push({ text: goal.title, bold: true, margin: [0, 4, 0, 2] });
      if (goal.details) content.push({ text: goal.details, margin: [0, 0, 0, 2] });
      if (goal.rows.length) {
        content.push({
          table: {
            headerRows: 1,
            widths: [18, "*", 70, 70],
            body: [
              planTaskHeaders.map((text) => ({ text, bold: true })),
              ...goal.rows.map((row) => row.map((text) => ({ text }))),
            ],
          },
          fontSize: 10,
          margin: [0, 2, 0, 6],
        });
      }
    }
  }
  content.push(
    { text: "Наставник ________________", margin: [0, 18, 0, 0] },
    { text: "Наставляемый ________________", margin: [0, 12, 0, 0] },
  );
  const definition: TDocumentDefinitions = {
    info: { title: doc.title, creator: "Наставник" },
    pageSize: "A4",
    pageMargins: [56, 48, 42, 48],
    defaultStyle: { font: "Roboto", fontSize: 11, lineHeight: 1.2 },
    content,
  };
  return pdfmake.createPdf(definition).getBuffer();
}
