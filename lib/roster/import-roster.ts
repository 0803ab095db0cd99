"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { applyRosterPlan } from "./apply-roster-plan";
import { loadRosterPlan, readRosterUpload } from "./load-roster-plan";
import { rosterFileSchema } from "./roster-schemas";
import { isUniqueViolation } from "@/lib/db/unique-violation";

function rejected(message: string, details?: unknown): AppError {
  return new AppError("INVALID", `Файл не импортирован, ничего не записано. ${message}`, undefined, details);
}

/**
 * Step 3: imports the whole file in one transaction, or nothing. The file is read and checked again here: the preview's
 * verdict is never trusted, and a row with an error rejects the file.
 */
export const importRoster = defineAction({ schema: rosterFileSchema, permission: "roster:import" }, async (input, viewer) => {
  const read = await readRosterUpload(input);
  if (!read.ok) throw rejected(read.error);
  const { analysis } = read;
  if (analysis.missingColumns.length) throw rejected(analysis.missingColumns.join(" "));
  if (analysis.rows.length === 0) throw rejected("В файле нет строк с людьми.");
  try {
    const result = await db.$transaction(
      async (tx) => {
        const plan = await loadRosterPlan(tx, viewer, input.kind, input.file.name, analysis);
        const errors = plan.rows.filter((row) => row.action === "error");
        if (errors.length) {
          const lines = errors.map((row) => ({
            sheet: row.sheet,
            line: row.line,
            text: row.text,
            problems: row.problems.map((p) => p.message),
          }));
          const places = errors.map((row) => (row.sheet ? `${row.line} (лист «${row.sheet}»)` : String(row.line)));
          throw rejected(`Ошибки в строках: ${places.join(", ")}. Исправьте их и загрузите файл снова.`, { errors: lines });
        }
        return applyRosterPlan(tx, viewer, plan, input.markLeft);
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
    revalidatePath("/curator/roster");
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        "CONFLICT",
        "Контингент изменился во время импорта (возможно, этот файл загружают одновременно). Проверьте файл ещё раз.",
      );
    }
    throw error;
  }
});
