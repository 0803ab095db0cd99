import "server-only";
import path from "node:path";
import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { OrderDocument } from "./order-document";

// Roboto ships inside pdfmake as TrueType with Cyrillic glyphs and is embedded (subset) into every PDF, so the text is
// real, selectable text. The app's Inter comes only as WOFF2 files split by alphabet, which one PDF font cannot be.
// From the project's node_modules at run time (next start, tests): a bundler must not rewrite the path.
const fontDirectory = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "pdfmake", "fonts", "Roboto");
const font = (file: string) => path.join(fontDirectory, file);
pdfmake.setFonts({
  Roboto: {
    normal: font("Roboto-Regular.ttf"),
    bold: font("Roboto-Medium.ttf"),
    italics: font("Roboto-Italic.ttf"),
    bolditalics: font("Roboto-MediumItalic.ttf"),
  },
});
// Nothing from the network, and from the disk only the fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDirectory));

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
  return pdfmake.createPdf(definition).getBuffer();
}
