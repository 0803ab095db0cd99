import "server-only";
import { renderPdf } from "@/lib/pdf/render-pdf";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import type { AwardDocument } from "./certificate-document";

/** A certificate or a letter of thanks as a one-page PDF (A4 landscape). */
export async function awardPdf(doc: AwardDocument): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    info: { title: `${doc.heading} ${doc.number}`, creator: "Наставник" },
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [60, 50, 60, 50],
    defaultStyle: { font: "Roboto", fontSize: 13, lineHeight: 1.25 },
    content: [
      { text: doc.schoolName, alignment: "center", bold: true, fontSize: 12 },
      { text: doc.heading, alignment: "center", bold: true, fontSize: 26, margin: [0, 36, 0, 8] },
      { text: doc.number, alignment: "center", fontSize: 11, margin: [0, 0, 0, 24] },
      { text: doc.kind === "CERTIFICATE" ? "Настоящий сертификат выдан" : "Выражаем благодарность", alignment: "center" },
      { text: doc.recipient, alignment: "center", bold: true, fontSize: 22, margin: [0, 10, 0, 16] },
      ...doc.body.map((text) => ({
        text,
        alignment: "center" as const,
        margin: [40, 0, 40, 8] as [number, number, number, number],
      })),
      {
        columns: [
          { text: `${doc.signature.role}  ________________ / ${doc.signature.name ?? "________________"} /`, width: "*" },
          { text: doc.dateLine, width: "auto" },
        ],
        margin: [0, 48, 0, 0],
      },
    ],
  };
  return renderPdf(definition);
}
