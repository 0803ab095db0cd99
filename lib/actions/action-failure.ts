import { AppError, describeUnexpected } from "@/lib/errors";
import type { ActionResult } from "./action-result";

/** An action's failure as its form shows it: an AppError's own message, anything else logged and answered generically. */
export function actionFailure(
  error: unknown,
  internalMessage = "Не удалось сохранить: внутренняя ошибка. Попробуйте ещё раз.",
): ActionResult<never> {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, error: error.message, fieldErrors: error.fieldErrors, details: error.details };
  }
  console.error(describeUnexpected(error));
  return { ok: false, code: "INTERNAL", error: internalMessage };
}
