import { z } from "zod";

export const setItemStatusSchema = z.object({
  itemId: z.string().min(1),
  status: z.enum(["PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"], { error: "Выберите статус" }),
  version: z.coerce.number().int().positive(),
});
