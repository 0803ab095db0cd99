import ExcelJS from "exceljs";
import type { QuestionType } from "@/lib/generated/prisma/enums";
import { addTableSheet } from "@/lib/xlsx/add-table-sheet";
import type { Summary } from "./aggregate-answers";
import { distributionText } from "./describe-result";
import { hiddenNote, type Guarded } from "./small-group";

const typeLabels = {
  SCALE: "Шкала",
  SINGLE_CHOICE: "Один вариант",
  MULTIPLE_CHOICE: "Несколько вариантов",
  TEXT: "Текст",
  NUMBER: "Число",
  DATE: "Дата",
} as const;

/** What the export needs of a template's results (getTemplateResults gives more). */
export interface ResultsForExport {
  version: { title: string; version: number };
  questions: { question: { position: number; text: string; type: QuestionType }; result: Guarded<Summary> }[];
}

/**
 * The results as a workbook: «Итоги» with the aggregates exactly as shown on the page, hidden ones hidden with the
 * same reason, and «Варианты» with each shown option's count and share. Counts, means, medians and shares are numbers,
 * so the file can be sorted, filtered and averaged. Individual named answers are not exported: a file travels beyond
 * the app's access rules and read log, and the curator reads them on the page.
 */
export async function resultsXlsx(results: ResultsForExport, subtitle: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Наставник";
  const titles = [`Итоги: ${results.version.title}, версия ${results.version.version}`, subtitle];
  const summary = addTableSheet(workbook, {
    name: "Итоги",
    titles,
    orientation: "landscape",
    columns: [
      { header: "№", width: 6 },
      { header: "Вопрос", width: 50 },
      { header: "Тип", width: 16 },
      { header: "Ответили", width: 11 },
      { header: "Среднее", width: 10, numFmt: "0.0" },
      { header: "Распределение", width: 60 },
      { header: "Медиана", width: 10 },
      { header: "Мин.", width: 8 },
      { header: "Макс.", width: 8 },
    ],
  });
  const options = addTableSheet(workbook, {
    name: "Варианты",
    titles,
    orientation: "portrait",
    columns: [
      { header: "№", width: 6 },
      { header: "Вопрос", width: 50 },
      { header: "Вариант", width: 30 },
      { header: "Ответов", width: 10 },
      { header: "Доля", width: 8, numFmt: "0%" },
    ],
  });
  for (const { question, result } of results.questions) {
    const head = [question.position, question.text, typeLabels[question.type]];
    if (!result.shown) {
      summary.addRow([...head, null, null, hiddenNote(result), null, null, null]);
      continue;
    }
    const value = result.value;
    const mean = value.kind === "SCALE" || value.kind === "NUMBER" ? value.mean : null;
    const spread = value.kind === "NUMBER" ? [value.median, value.min, value.max] : [null, null, null];
    summary.addRow([...head, result.respondents, mean, distributionText(value), ...spread]);
    if (value.kind === "SCALE" || value.kind === "CHOICE") {
      for (const bar of value.bars) options.addRow([question.position, question.text, bar.label, bar.count, bar.percent / 100]);
    }
  }
  summary.finish();
  options.finish();
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
