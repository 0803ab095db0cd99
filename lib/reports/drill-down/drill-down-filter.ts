import { z } from "zod";
import { MentoringForm } from "@/lib/generated/prisma/enums";

/** The drill-down's filter from the address: a parallel, a class letter within it, a form. Bad values are dropped. */
const filterSchema = z.object({
  grade: z.coerce.number().int().min(1).max(11).optional().catch(undefined),
  classLetter: z
    .string()
    .trim()
    .regex(/^[А-ЯЁA-Z]{1,2}$/i)
    .optional()
    .catch(undefined),
  form: z.enum(MentoringForm).optional().catch(undefined),
});

export type DrillDownFilter = z.infer<typeof filterSchema>;

export function parseDrillDownFilter(params: Record<string, string | string[] | undefined>): DrillDownFilter {
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const filter = filterSchema.parse({ grade: one(params.grade), classLetter: one(params.class), form: one(params.form) });
  // A class letter means nothing without its parallel.
  return filter.grade ? filter : { form: filter.form };
}
