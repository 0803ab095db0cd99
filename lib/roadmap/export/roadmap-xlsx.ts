import ExcelJS from "exceljs";
import type { RoadmapDocument } from "./roadmap-rows";

const thin = { style: "thin" as const, color: { argb: "FF666666" } };
const border = { top: thin, bottom: thin, left: thin, right: thin };

function sheetWithTable(workbook: ExcelJS.Workbook, name: string, heading: string[], headers: string[]) {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 9 }, { width: 80 }, { width: 26 }, { width: 30 }];
  heading.forEach((text, i) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, 4);
    row.getCell(1).font = { bold: i === 1, size: i === 1 ? 14 : 12 };
    row.getCell(1).alignment = { horizontal: "center" };
  });
  sheet.addRow([]);
  const header = sheet.addRow(headers);
  header.eachCell((c) => Object.assign(c, { font: { bold: true }, border, alignment: { wrapText: true, vertical: "middle" } }));
  return sheet;
}

/** The roadmap as an Excel workbook (sheets «Дорожная карта» and «План работы»), built with exceljs. */
export async function roadmapXlsx(doc: RoadmapDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Наставник";
  const roadmap = sheetWithTable(workbook, "Дорожная карта", [doc.schoolName, doc.title, doc.subtitle], doc.headers);
  for (const row of doc.rows) {
    const added = roadmap.addRow([row.number, row.text, row.deadline, row.responsible]);
    if (row.kind === "stage") {
      roadmap.mergeCells(added.number, 2, added.number, 4);
      added.font = { bold: true };
    }
    added.eachCell({ includeEmpty: true }, (c) => Object.assign(c, { border, alignment: { wrapText: true, vertical: "top" } }));
  }
  if (doc.workPlan.length) {
    const plan = sheetWithTable(
      workbook,
      "План работы",
      [doc.schoolName, "План работы", doc.subtitle],
      ["№", "Наименование мероприятий", "Сроки", "Ответственные"],
    );
    for (const row of doc.workPlan) {
      plan
        .addRow(row)
        .eachCell({ includeEmpty: true }, (c) => Object.assign(c, { border, alignment: { wrapText: true, vertical: "top" } }));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
