import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { RoadmapDocument } from "./roadmap-rows";

const widths = [10, 55, 17, 18];
const border = { style: BorderStyle.SINGLE, size: 4, color: "666666" };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, width: number, options: { bold?: boolean; span?: number } = {}) {
  return new TableCell({
    borders,
    columnSpan: options.span,
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [new TextRun({ text, bold: options.bold, size: 22 })] })],
  });
}

function table(headers: string[], body: TableRow[]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, widths[i], { bold: true })) }), ...body],
  });
}

/** The roadmap as a Word document (landscape A4), built with the docx library. */
export async function roadmapDocx(doc: RoadmapDocument): Promise<Buffer> {
  const roadmapRows = doc.rows.map((row) =>
    row.kind === "stage"
      ? new TableRow({ children: [cell(row.number, widths[0], { bold: true }), cell(row.text, 90, { bold: true, span: 3 })] })
      : new TableRow({ children: [row.number, row.text, row.deadline, row.responsible].map((text, i) => cell(text, widths[i])) }),
  );
  const planRows = doc.workPlan.map((row) => new TableRow({ children: row.map((text, i) => cell(text, widths[i])) }));
  const document = new Document({
    creator: "Наставник",
    title: `${doc.title}, ${doc.subtitle}`,
    styles: { default: { document: { run: { font: "Times New Roman" } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.schoolName, size: 24 })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun({ text: doc.title, bold: true, size: 28 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: doc.subtitle, size: 24 })],
          }),
          table(doc.headers, roadmapRows),
          ...(planRows.length
            ? [
                new Paragraph({
                  heading: HeadingLevel.HEADING_2,
                  spacing: { before: 360, after: 120 },
                  children: [new TextRun({ text: "План работы", bold: true, size: 26 })],
                }),
                table(["№", "Наименование мероприятий", "Сроки", "Ответственные"], planRows),
              ]
            : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
