import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { cellText, type ReportCell, type ReportDocument } from "./report-document";

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: border, bottom: border, left: border, right: border };

function paragraph(text: string, options: { bold?: boolean; size?: number; before?: number; center?: boolean } = {}) {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: options.before ?? 0, after: 120 },
    children: [new TextRun({ text, bold: options.bold, size: options.size ?? 24 })],
  });
}

function cell(value: ReportCell, width: number, bold = false) {
  return new TableCell({
    borders,
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({
        alignment: typeof value === "number" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: cellText(value), bold, size: 20 })],
      }),
    ],
  });
}

/** The report as a Word document (A4), the shape a school sends to its municipality. */
export async function reportDocx(doc: ReportDocument): Promise<Buffer> {
  const children = [
    paragraph(doc.title, { bold: true, size: 28, center: true }),
    ...doc.subtitles.map((line) => paragraph(line, { center: true })),
  ];
  const body: (Paragraph | Table)[] = [...children];
  for (const table of doc.tables) {
    const total = table.columns.reduce((sum, c) => sum + c.width, 0);
    const widths = table.columns.map((c) => Math.round((c.width / total) * 100));
    body.push(paragraph(table.title, { bold: true, before: 240 }));
    body.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: table.columns.map((c, i) => cell(c.header, widths[i], true)) }),
          ...table.rows.map((row) => new TableRow({ children: row.map((value, i) => cell(value, widths[i])) })),
        ],
      }),
    );
    if (table.note) body.push(paragraph(table.note, { size: 20 }));
  }
  const document = new Document({
    creator: "Наставник",
    title: doc.title,
    styles: { default: { document: { run: { font: "Times New Roman" } } } },
    sections: [{ children: body }],
  });
  return Packer.toBuffer(document);
}
