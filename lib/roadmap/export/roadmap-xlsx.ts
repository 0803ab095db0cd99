import ExcelJS from "exceljs";
import { addTableSheet } from "@/lib/xlsx/add-table-sheet";
import { approvalLines } from "./approval-block";
import type { RoadmapDocument } from "./roadmap-rows";

/**
 * The roadmap as an Excel workbook, built with exceljs: «Дорожная карта» (with the item's last day as a date and its
 * status, to sort and filter by) and «План работы». A stage is a bold row of its own, not merged cells.
 */
export async function roadmapXlsx(doc: RoadmapDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Наставник";
  const approval = ["УТВЕРЖДАЮ", ...approvalLines(doc.approval, doc.schoolName)].join(" · ");
  const roadmap = addTableSheet(workbook, {
    name: "Дорожная карта",
    titles: [doc.title, `${doc.schoolName}, ${doc.subtitle}`, approval],
    orientation: "landscape",
    columns: [
      { header: doc.headers[0], width: 8 },
      { header: doc.headers[1], width: 70 },
      { header: doc.headers[2], width: 22 },
      { header: "Срок до", width: 13, numFmt: "dd.mm.yyyy" },
      { header: doc.headers[3], width: 30 },
      { header: "Статус", width: 15 },
    ],
  });
  for (const row of doc.rows) {
    roadmap.addRow([row.number, row.text, row.deadline, row.dueOn, row.responsible, row.status], {
      bold: row.kind === "stage",
    });
  }
  roadmap.finish();
  if (doc.workPlan.length) {
    const plan = addTableSheet(workbook, {
      name: "План работы",
      titles: ["План работы", `${doc.schoolName}, ${doc.subtitle}`],
      orientation: "landscape",
      columns: [
        { header: "№", width: 6 },
        { header: "Наименование мероприятий", width: 80 },
        { header: "Сроки", width: 26 },
        { header: "Ответственные", width: 34 },
      ],
    });
    for (const [position, ...rest] of doc.workPlan) plan.addRow([Number(position), ...rest]);
    plan.finish();
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
