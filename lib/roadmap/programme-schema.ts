import { z } from "zod";
import { MentoringForm } from "@/lib/generated/prisma/enums";

export const startProgrammeSchema = z.object({
  startYear: z.coerce
    .number({ error: "Выберите учебный год" })
    .int()
    .min(2020, "Выберите учебный год")
    .max(2100, "Выберите учебный год"),
  forms: z
    .array(z.enum(MentoringForm), { error: "Выберите хотя бы одну форму" })
    .min(1, "Выберите хотя бы одну форму наставничества"),
  templateId: z.string().default(""),
});

export type StartProgrammeInput = z.input<typeof startProgrammeSchema>;
