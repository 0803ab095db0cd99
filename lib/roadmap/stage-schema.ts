import { z } from "zod";

export const advanceStageSchema = z.object({
  programmeId: z.string().min(1),
  overrideReason: z.string().trim().max(2000, "Не длиннее 2000 символов").default(""),
});

export type AdvanceStageInput = z.input<typeof advanceStageSchema>;
