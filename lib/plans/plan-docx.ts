import { BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { planTaskHeaders, type PlanDocument } from "./plan-document";

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: border, bottom: border, left: border, right: border };
const widths = [6, 54, 20, 20];

const line = (text: string, options: { bold?: boolean; size?: number; after?: number } = {}) =>
  new Paragraph({
    spacing: { after: options.after ?? 120 },
    children: [new TextRun({ text, bold: options.bold, size: options.size ?? 24 })],
  });

const cell = (text: string, width: number, bold = false) =>
  new TableCell({
    borders,
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [new TextRun({ text, bold, size: 22 })] })],
  });

/** The plan as a Word document (A4), from the same text as the PDF. */
export async function planDocx(doc: PlanDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [line(doc.title, { bold: true, size: 28 }), line(doc.mentorLine)];
  for (const section of doc.sections) {
    children.push(line(section.heading, { bold: true, size: 26 }), line(section.progress));
    for (const goal of section.goals) {
      children.push(line(goal.title, { bold: true }));
      if (goal.details) children.push(line(goal.details));
      if (goal.rows.length) {
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: planTaskHeaders.map((h, i) => cell(h, widths[i], true)) }),
              ...goal.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, widths[i])) })),
            ],
          }),
          line("", { after: 60 }),
        );
      }
    }
  }
  children.push(line("Наставник ________________", { after: 240 }), line("Наставляемый ________________"));
  const document = new Document({
    creator: "Наставник",
    title: doc.title,
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children }],
  });
  return Packer.toBuffer(document);
}
