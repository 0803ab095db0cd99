import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import type { OrderDocument } from "./order-document";

const widths = [5, 22, 25, 18, 12, 18];
const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: border, bottom: border, left: border, right: border };
const TEXT = 26; // 13 pt, in half-points
const TABLE_TEXT = 22;

function line(text: string, options: { bold?: boolean; center?: boolean; before?: number; after?: number } = {}) {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { before: options.before ?? 0, after: options.after ?? 120 },
    children: [new TextRun({ text, bold: options.bold, size: TEXT })],
  });
}

function cell(text: string, width: number, bold = false) {
  return new TableCell({
    borders,
    width: { size: width, type: WidthType.PERCENTAGE },
    children: text.split("\n").map((part) => new Paragraph({ children: [new TextRun({ text: part, bold, size: TABLE_TEXT })] })),
  });
}

function signature(role: string, name: string | null) {
  return new Paragraph({
    spacing: { before: 360 },
    tabStops: [{ type: TabStopType.RIGHT, position: 9350 }],
    children: [new TextRun({ text: `${role}\t________________ / ${name ?? "________________"} /`, size: TEXT })],
  });
}

/** The order as a Word document (portrait A4) a school prints and signs. */
export async function orderDocx(doc: OrderDocument): Promise<Buffer> {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: doc.headers.map((h, i) => cell(h, widths[i], true)) }),
      ...doc.rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, widths[i])) })),
    ],
  });
  const document = new Document({
    creator: "Наставник",
    title: `${doc.title} ${doc.numberLine}`,
    styles: { default: { document: { run: { font: "Times New Roman" } } } },
    sections: [
      {
        children: [
          line(doc.schoolName, { center: true, bold: true }),
          line("ПРИКАЗ", { center: true, bold: true, before: 240 }),
          new Paragraph({
            spacing: { before: 240, after: 240 },
            tabStops: [{ type: TabStopType.RIGHT, position: 9350 }],
            children: [new TextRun({ text: `${doc.dateLine}\t${doc.numberLine}`, size: TEXT })],
          }),
          line(doc.title, { bold: true, after: 240 }),
          line(doc.preamble),
          line(doc.order, { bold: true }),
          ...doc.before.map((text) => line(text)),
          table,
          ...doc.after.map((text, i) => line(text, { before: i === 0 ? 240 : 0 })),
          ...doc.signatures.map((s) => signature(s.role, s.name)),
          line("С приказом ознакомлены наставники:", { before: 360 }),
          ...doc.acquainted.map((name) => signature("", name)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
