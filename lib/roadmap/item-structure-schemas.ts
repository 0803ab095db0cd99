import { z } from "zod";
import { dateField } from "@/lib/validation/date-field";

export const addItemSchema = z.object({
  stageId: z.string().min(1),
  title: z.string().trim().min(3, "Название — не короче 3 символов").max(500, "Название — не длиннее 500 символов"),
  deadlineLabel: z.string().trim().max(100, "Не длиннее 100 символов").default(""),
  dueOn: dateField(),
});

export const moveItemSchema = z.object({
  itemId: z.string().min(1),
  direction: z.enum(["up", "down"]),
});

export const removeItemSchema = z.object({
  itemId: z.string().min(1),
  version: z.coerce.number().int().positive(),
});

export type AddItemInput = z.input<typeof addItemSchema>;
