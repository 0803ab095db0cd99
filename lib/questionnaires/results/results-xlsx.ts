import ExcelJS from "exceljs";
import { distributionText, formatNumber } from "./describe-result";
import type { TemplateResults } from "./get-template-results";
import { hiddenNote } from "./small-group";

const typeLabels = {
  SCALE: "Шкала",
  SINGLE_CHOICE: "Один вариант",
  MULTIPLE_CHOICE: "Несколько вариантов",
  TEXT: "Текст",
  NUMBER: "Число",
  DATE: "Дата",
} as const;

function header(sheet: ExcelJS.Worksheet, titles: string[]) {
  const row = sheet.addRow(titles);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "middle" };
}

/**
 * The results as a workbook: «Итоги» with the aggregates exactly as shown on the page, hidden ones hidden with the
 * same reason. Individual named answers are not exported: a file travels beyond the app's access rules and read log,
 * and the curator reads them on the page.
 */
export async function resultsXlsx(results: TemplateResults, subtitle: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Наставник";
  const summary = workbook.addWorksheet("Итоги");
  summary.columns = [{ width: 6 }, { width: 50 }, { width: 18 }, { width: 12 }, { width: 12 }, { width: 60 }];
  summary.addRow([`Итоги: ${results.version.title}, версия ${results.version.version}`]).font = { bold: true, size: 14 };
  summary.addRow([subtitle]);
  summary.addRow([]);
  header(summary, ["№", "Вопрос", "Тип", "Ответили", "Среднее", "Распределение"]);
  for (const { question, result } of results.questions) {
    if (!result.shown) {
      summary.addRow([question.position, question.text, typeLabels[question.type], "", "", hiddenNote(result)]);
      continue;
    }
    const value = result.value;
    const mean = value.kind === "SCALE" || value.kind === "NUMBER" ? value.mean : null;
    const extra =
      value.kind === "NUMBER"
        ? `Медиана ${formatNumber(value.median)}, от ${formatNumber(value.min)} до ${formatNumber(value.max)}`
        : distributionText(value);
    summary.addRow([question.position, question.text, typeLabels[question.type], result.respondents, mean, extra]);
  }
  summary.eachRow((row) => (row.alignment = { wrapText: true, vertical: "top" }));

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
