import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { approvalBlock } from "./approval-block";
import type { RoadmapDocument } from "./roadmap-rows";

// A4 landscape in twips, margins as Russian office papers have them: 30 mm left, 15 mm right, 20 mm top and bottom.
const page = { width: 16838, height: 11906, left: 1701, right: 850, top: 1134, bottom: 1134 };
// docx takes the portrait size and turns it for a landscape orientation.
const portrait = { width: page.height, height: page.width };
const textWidth = page.width - page.left - page.right;
const widths = [0.1, 0.55, 0.17, 0.18].map((share) => Math.round(textWidth * share));
const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: border, bottom: border, left: border, right: border };
const black = { color: "000000", bold: true, font: "Times New Roman" };

function cell(text: string, width: number, options: { bold?: boolean; span?: number; keepNext?: boolean } = {}) {
  return new TableCell({
    borders,
    columnSpan: options.span,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ keepNext: options.keepNext, children: [new TextRun({ text, bold: options.bold, size: 22 })] })],
  });
}

/** A table whose header row repeats on every page and whose rows never break across a page. */
function table(headers: string[], body: TableRow[]) {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((h, i) => cell(h, widths[i], { bold: true })),
  });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...body],
  });
}

const pageNumberFooter = new Footer({
  children: [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 20 })] }),
  ],
});

/**
 * The roadmap as a school signs it (landscape A4): the approval block, black headings, page numbers, a stage kept with
 * its first item, and the work plan starting on a page of its own.
 */
export async function roadmapDocx(doc: RoadmapDocument): Promise<Buffer> {
  const roadmapRows = doc.rows.map((row) =>
    row.kind === "stage"
      ? new TableRow({
          cantSplit: true,
          children: [
            cell(row.number, widths[0], { bold: true, keepNext: true }),
            cell(row.text, textWidth - widths[0], { bold: true, span: 3, keepNext: true }),
          ],
        })
      : new TableRow({
          cantSplit: true,
          children: [row.number, row.text, row.deadline, row.responsible].map((text, i) => cell(text, widths[i])),
        }),
  );
  const planRows = doc.workPlan.map(
    (row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, widths[i])) }),
  );
  const document = new Document({
    creator: "Наставник",
    title: `${doc.title}, ${doc.subtitle}`,
    styles: {
      default: {
        document: { run: { font: "Times New Roman", size: 24 } },
        heading1: { run: { ...black, size: 28 }, paragraph: { spacing: { before: 240, after: 60 } } },
        heading2: { run: { ...black, size: 26 }, paragraph: { spacing: { after: 120 } } },
        // Unused levels too: no word processor's blue anywhere in the styles.
        heading3: { run: { ...black, size: 24 } },
        heading4: { run: { ...black, size: 24 } },
        heading5: { run: { ...black, size: 24 } },
        heading6: { run: { ...black, size: 24 } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { ...portrait, orientation: PageOrientation.LANDSCAPE },
            margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right },
          },
        },
        footers: { default: pageNumberFooter },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.schoolName })] }),
          ...approvalBlock(doc.approval, doc.schoolName, textWidth),
          new Paragraph({ alignment: AlignmentType.CENTER, heading: HeadingLevel.HEADING_1, children: [new TextRun(doc.title)] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun(doc.subtitle)] }),
          table(doc.headers, roadmapRows),
          ...(planRows.length
            ? [
                new Paragraph({
                  heading: HeadingLevel.HEADING_2,
                  alignment: AlignmentType.CENTER,
                  pageBreakBefore: true,
                  keepNext: true,
                  children: [new TextRun("План работы")],
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
