import { z } from "zod";

/** The upload form sends FormData: the item and one file. */
export const uploadEvidenceSchema = z
  .instanceof(FormData, { error: "Выберите файл" })
  .transform((form) => ({ itemId: form.get("itemId"), file: form.get("file") }))
  .pipe(
    z.object({
      itemId: z.string().min(1),
      file: z.instanceof(File, { error: "Выберите файл" }),
    }),
  );

export const removeEvidenceSchema = z.object({ evidenceId: z.string().min(1) });
