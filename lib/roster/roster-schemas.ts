import { z } from "zod";
import { rosterFieldsByKind, rosterKinds, type RosterField, type RosterMapping } from "./roster-fields";

const allFields = [...new Set(Object.values(rosterFieldsByKind).flat())] as [RosterField, ...RosterField[]];

const mappingSchema = z
  .partialRecord(z.enum(allFields), z.number().int().min(0).max(500))
  .transform((value) => value as RosterMapping);

/** The mapping travels as JSON in a form field; an absent one means «guess from the headers». */
const mappingField = z
  .string()
  .transform((text, context) => {
    if (!text) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "Сопоставление столбцов повреждено" });
      return z.NEVER;
    }
  })
  .pipe(mappingSchema.optional());

/**
 * Each step sends the same FormData: the kind, the file itself (the browser keeps it between steps, so nothing is stored
 * on the server before the import), the chosen mapping and, for the import, whether to mark missing pupils as left.
 */
export const rosterFileSchema = z
  .instanceof(FormData, { error: "Выберите файл" })
  .transform((form) => ({
    kind: form.get("kind"),
    file: form.get("file"),
    mapping: String(form.get("mapping") ?? ""),
    markLeft: form.get("markLeft") === "on",
  }))
  .pipe(
    z.object({
      kind: z.enum(rosterKinds, { error: "Выберите, кого загружаете" }),
      file: z.instanceof(File, { error: "Выберите файл" }),
      mapping: mappingField,
      markLeft: z.boolean(),
    }),
  );

export type RosterFileInput = z.output<typeof rosterFileSchema>;
