import { z } from "zod";
import "@/lib/validation/zod-russian";
import { AppError } from "@/lib/errors";
import { rejectNul } from "@/lib/validation/reject-nul";

/** An action's input checked by its form's schema; text holding a NUL character is refused first (PostgreSQL cannot store it). */
export function parseActionInput<Schema extends z.ZodType>(schema: Schema, raw: unknown): z.output<Schema> {
  rejectNul(raw);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError("INVALID", "Проверьте поля формы.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  }
  return parsed.data;
}
