import { z } from "zod";

export const saveTemplateSchema = z.object({
  programmeId: z.string().min(1),
  name: z.string().trim().min(3, "Название — не короче 3 символов").max(200, "Название — не длиннее 200 символов"),
});

export type SaveTemplateInput = z.input<typeof saveTemplateSchema>;
