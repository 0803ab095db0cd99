import { z } from "zod";

/** A mentee ranks up to three mentors; a mentor ranks up to five mentees (a mentor may lead several). */
export const MAX_CHOICES = { MENTEE: 3, MENTOR: 5 } as const;

/**
 * One ranking: who chooses (a mentee profile, answered by the mentee or a parent, or a mentor profile) and the chosen
 * ids in order, first choice first. Empty selects are dropped; the same person twice is refused.
 */
export const preferenceSchema = z.object({
  chooserKind: z.enum(["MENTEE", "MENTOR"]),
  chooserId: z.string().min(1),
  choices: z
    .array(z.string())
    .max(MAX_CHOICES.MENTOR)
    .transform((ids) => ids.filter(Boolean))
    .refine((ids) => ids.length > 0, "Выберите хотя бы одного человека")
    .refine((ids) => new Set(ids).size === ids.length, "Один и тот же человек выбран дважды"),
});

export type PreferenceInput = z.input<typeof preferenceSchema>;
