import "server-only";
import { renderPdf } from "@/lib/pdf/render-pdf";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { approvalColumns, documentBlocks, type Block, type ProgrammeDocumentInput } from "./document-blocks";
import { documentHeader } from "./document-header";

const textWidth = 595 - 85 - 42;

function render(block: Block): Content {
  switch (block.kind) {
    case "heading":
      return block.level === 1
        ? { text: block.text, bold: true, fontSize: 13, alignment: "center", margin: [0, 14, 0, 8], headlineLevel: 1 }
        : { text: block.text, bold: true, fontSize: 12, margin: [0, 10, 0, 6], headlineLevel: 1 };
    case "paragraph":
      return { text: block.text, bold: block.bold, alignment: "justify", margin: [0, 0, 0, 5] };
    case "list":
      return block.numbered ? { ol: [...block.items], margin: [0, 0, 0, 6] } : { ul: [...block.items], margin: [0, 0, 0, 6] };
    case "table": {
      const rows = block.rows.length ? block.rows : [[" ", "Не заполнено", ...block.headers.slice(2).map(() => "")]];
      return {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: block.widths.map((share) => Math.floor(textWidth * share) - 6),
          // New cell objects: pdfmake writes into the definition it is given.
          body: [
            block.headers.map((text) => ({ text, bold: true })),
            ...rows.map((row, r) =>
              block.stageRows?.[r]
                ? [
                    { text: row[0], bold: true },
                    { text: row[1], bold: true, colSpan: row.length - 1 },
                    ...row.slice(2).map(() => ({ text: "" })),
                  ]
                : row.map((text) => ({ text })),
            ),
          ],
        },
        fontSize: 9,
        margin: [0, 2, 0, 10],
      };
    }
  }
}

/** The whole programme as a PDF (A4 portrait), from the same blocks as the DOCX. */
export async function programmePdf(input: ProgrammeDocumentInput): Promise<Buffer> {
  const header = documentHeader(input);
  const [left, right] = approvalColumns(input.approval);
  const definition: TDocumentDefinitions = {
    info: { title: header.title.join(" "), creator: "Наставник" },
    pageSize: "A4",
    pageMargins: [85, 56, 42, 56],
    defaultStyle: { font: "Roboto", fontSize: 11, lineHeight: 1.2 },
    footer: (current) => ({ text: String(current), alignment: "center", fontSize: 9 }),
    content: [
      ...header.issuers.map((text): Content => ({ text, alignment: "center", margin: [0, 0, 0, 3] })),
      { columns: [{ text: left.join("\n") }, { text: right.join("\n") }], margin: [0, 18, 0, 0] },
      ...(header.status ? [{ text: header.status, bold: true, alignment: "center", margin: [0, 10, 0, 0] } as Content] : []),
      { text: header.title.join("\n"), bold: true, fontSize: 14, alignment: "center", margin: [0, 36, 0, 0] },
      ...(header.compiler ? [{ text: header.compiler, alignment: "right", margin: [0, 24, 0, 12] } as Content] : []),
      ...documentBlocks(input).map(render),
    ],
  };
  return renderPdf(definition);
}
