import { Paragraph, TextRun } from "docx";
import { formatShortDate } from "@/lib/format/date";
import type { RoadmapApproval } from "./roadmap-rows";

const blockWidth = 5400; // twips, about 9.5 cm: the right-hand corner where a director signs

/** The approval lines as a school files them; what is not known yet is left as blanks to fill in by hand. */
export function approvalLines(approval: RoadmapApproval, schoolName: string): string[] {
  const order =
    approval.orderNumber && approval.orderDate
      ? `Приказ от ${formatShortDate(approval.orderDate)} № ${approval.orderNumber}`
      : "Приказ от «___» ____________ 20___ г. № _____";
  return [`${approval.position} ${schoolName}`, `_______________ ${approval.name ?? "/________________/"}`, order];
}

/** «УТВЕРЖДАЮ» in the top right corner: position and school, a signature line with the name, the order. */
export function approvalBlock(approval: RoadmapApproval, schoolName: string, textWidth: number): Paragraph[] {
  const indent = { left: textWidth - blockWidth };
  return [
    new Paragraph({ indent, spacing: { before: 240 }, children: [new TextRun({ text: "УТВЕРЖДАЮ", bold: true })] }),
    ...approvalLines(approval, schoolName).map(
      (text, i, all) =>
        new Paragraph({ indent, spacing: { before: 60, after: i === all.length - 1 ? 360 : 0 }, children: [new TextRun(text)] }),
    ),
  ];
}
