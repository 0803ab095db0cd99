import { z } from "zod";

/** What a responsible user may change on their own item. */
export const ownItemSchema = z.object({
  itemId: z.string().min(1),
  version: z.coerce.number().int().positive(),
  status: z.enum(["PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"], { error: "Выберите статус" }),
  resultNote: z.string().trim().max(4000, "Не длиннее 4000 символов").default(""),
});

export type OwnItemInput = z.input<typeof ownItemSchema>;
