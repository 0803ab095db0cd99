import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/action-result";

export type FormNotice = { error?: string; success?: string };

/** Puts an action's refusal next to the fields it names and its message above the form. */
export function showFailure<Values extends FieldValues>(
  result: Extract<ActionResult, { ok: false }>,
  setError: UseFormSetError<Values>,
  setNotice: (notice: FormNotice) => void,
): void {
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    setError(field as Path<Values>, { message: messages[0] });
  }
  setNotice({ error: result.error });
}
