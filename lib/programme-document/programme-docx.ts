import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { approvalColumns, documentBlocks, type Block, type ProgrammeDocumentInput } from "./document-blocks";
import { documentHeader } from "./document-header";

// A4 portrait in twips: 30 mm left, 15 mm right, 20 mm top and bottom.
const page = { width: 11906, height: 16838, left: 1701, right: 850, top: 1134, bottom: 1134 };
const textWidth = page.width - page.left - page.right;
const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const borders = { top: line, bottom: line, left: line, right: line };
const noBorders = { top: none, bottom: none, left: none, right: none };
const black = { color: "000000", bold: true, font: "Times New Roman" };

const paragraph = (text: string, options: { bold?: boolean; center?: boolean; after?: number } = {}) =>
  new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: options.after ?? 120 },
    children: [new TextRun({ text, bold: options.bold })],
  });

function cell(text: string, width: number, options: { bold?: boolean; span?: number; plain?: boolean } = {}) {
  return new TableCell({
    borders: options.plain ? noBorders : borders,
    columnSpan: options.span,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: text
      .split("\n")
      .map((part) => new Paragraph({ children: [new TextRun({ text: part, bold: options.bold, size: 22 })] })),
  });
}

function table(block: Extract<Block, { kind: "table" }>) {
  const widths = block.widths.map((share) => Math.round(textWidth * share));
  const rows = block.rows.length ? block.rows : [[" ", "Не заполнено", ...block.headers.slice(2).map(() => "")]];
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.headers.map((h, i) => cell(h, widths[i], { bold: true })),
      }),
      ...rows.map((row, r) =>
        block.stageRows?.[r]
          ? new TableRow({
              cantSplit: true,
              children: [
                cell(row[0], widths[0], { bold: true }),
                cell(row[1], textWidth - widths[0], { bold: true, span: row.length - 1 }),
              ],
            })
          : new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, widths[i])) }),
      ),
    ],
  });
}

function render(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          alignment: block.level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
          keepNext: true,
          children: [new TextRun(block.text)],
        }),
      ];
    case "paragraph":
      return [paragraph(block.text, { bold: block.bold })];
    case "list":
      return block.items.map(
        (text) =>
          new Paragraph({
            numbering: { reference: block.numbered ? "numbered" : "bullets", level: 0 },
            spacing: { after: 60 },
            children: [new TextRun(text)],
          }),
      );
    case "table":
      return [table(block), new Paragraph({ spacing: { after: 120 }, children: [] })];
  }
}

/** The whole programme as a Word document in the seeds' shape: header with approval blocks, sections, tables. */
export async function programmeDocx(input: ProgrammeDocumentInput): Promise<Buffer> {
  const header = documentHeader(input);
  const [left, right] = approvalColumns(input.approval);
  const half = Math.round(textWidth / 2);
  const approval = new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [half, textWidth - half],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        children: [cell(left.join("\n"), half, { plain: true }), cell(right.join("\n"), textWidth - half, { plain: true })],
      }),
    ],
  });
  const document = new Document({
    creator: "Наставник",
    title: header.title.join(" "),
    styles: {
      default: {
        document: { run: { font: "Times New Roman", size: 24 } },
        heading1: { run: { ...black, size: 28 }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { ...black, size: 26 }, paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: "numbered",
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT }],
        },
        { reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "–", alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: page.width, height: page.height }, margin: page } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 20 })],
              }),
            ],
          }),
        },
        children: [
          ...header.issuers.map((text) => paragraph(text, { center: true, after: 60 })),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          approval,
          ...(header.status ? [paragraph(header.status, { center: true, bold: true })] : []),
          new Paragraph({ spacing: { before: 480 }, children: [] }),
          ...header.title.map((text) => paragraph(text, { center: true, bold: true, after: 60 })),
          ...(header.compiler
            ? [
                new Paragraph({
                  alignment: AlignmentType.RIGHT,
                  spacing: { before: 360, after: 240 },
                  children: [new TextRun(header.compiler)],
                }),
              ]
            : []),
          ...documentBlocks(input).flatMap(render),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
