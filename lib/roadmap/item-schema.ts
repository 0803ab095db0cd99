import { z } from "zod";
import { dateField } from "@/lib/validation/date-field";

const optionalText = (max: number, message: string) => z.string().trim().max(max, message).default("");

/** The roadmap item form, shared by the page and the updateRoadmapItem action. */
export const roadmapItemSchema = z.object({
  itemId: z.string().min(1),
  version: z.coerce.number().int().positive(),
  title: z.string().trim().min(3, "Название — не короче 3 символов").max(500, "Название — не длиннее 500 символов"),
  expectedResult: optionalText(2000, "Не длиннее 2000 символов"),
  deadlineLabel: optionalText(100, "Не длиннее 100 символов"),
  dueOn: dateField(),
  responsibleId: z.string().default(""),
  // A single checkbox reaches the server as a string or false, a group as an array.
  coResponsibleIds: z.preprocess(
    (value) => (Array.isArray(value) ? value : typeof value === "string" ? [value] : []),
    z.array(z.string()).max(20, "Не больше 20 соисполнителей"),
  ),
  status: z.enum(["PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"], { error: "Выберите статус" }),
  resultNote: optionalText(4000, "Не длиннее 4000 символов"),
});

export type RoadmapItemInput = z.input<typeof roadmapItemSchema>;
