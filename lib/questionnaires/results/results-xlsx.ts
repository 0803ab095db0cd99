import ExcelJS from "exceljs";
import { distributionText, formatNumber } from "./describe-result";
import type { IndividualResponse } from "./get-individual-answers";
import type { TemplateResults } from "./get-template-results";
import { smallGroupNote } from "./small-group";
import { formatInstant } from "@/lib/format/date";

const typeLabels = {
  SCALE: "Шкала", SINGLE_CHOICE: "Один вариант", MULTIPLE_CHOICE: "Несколько вариантов", TEXT: "Текст", NUMBER: "Число", DATE: "Дата",
} as const;

function header(sheet: ExcelJS.Worksheet, titles: string[]) {
  const row = sheet.addRow(titles);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "middle" };
}

/**
 * The results as a workbook: «Итоги» with the aggregates exactly as shown on the page (hidden groups stay hidden),
 * and «Ответы», one row per response, only when individual answers are given (the curator); submission times in the
 * school's `timeZone`.
 */
export async function resultsXlsx(
  results: TemplateResults, subtitle: string, responses: IndividualResponse[] | null, timeZone: string,
): Promise<Buffer> {
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
      summary.addRow([question.position, question.text, typeLabels[question.type], "", "", smallGroupNote]);
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

  if (responses) {
    const sheet = workbook.addWorksheet("Ответы");
    const questions = results.questions.map((r) => r.question);
    sheet.columns = [{ width: 12 }, { width: 26 }, { width: 26 }, { width: 14 }, ...questions.map(() => ({ width: 24 }))];
    header(sheet, ["Дата", "Кто отвечал", "О ком", "С бумажного бланка", ...questions.map((q) => `${q.position}. ${q.text}`)]);
    for (const response of responses) {
      const byPosition = new Map(response.answers.map((a) => [a.position, a.value]));
      sheet.addRow([
        response.submittedAt ? formatInstant(response.submittedAt, timeZone) : "",
        response.respondent,
        response.subject,
        response.enteredOnPaper ? "да" : "",
        ...questions.map((q) => byPosition.get(q.position) ?? ""),
      ]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
