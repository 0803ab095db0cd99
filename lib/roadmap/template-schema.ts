import { z } from "zod";
import { stageOrder } from "./labels";

const month = z.number().int().min(0).max(11);

export const templateItemSchema = z.object({
  code: z.string().min(1).max(20),
  title: z.string().min(1).max(500),
  from: month,
  to: month.optional(),
  responsible: z.enum(["CURATOR", "DIRECTOR"]),
});

export const workPlanTemplateItemSchema = z.object({
  title: z.string().min(1).max(500),
  deadline: z.string().max(100),
  responsible: z.string().max(200),
});

/** A roadmap template as stored in RoadmapTemplate.content: the seven stages in order, and the work plan. */
export const templateContentSchema = z.object({
  stages: z
    .array(
      z.object({
        number: z.enum(stageOrder),
        title: z.string().min(1),
        task: z.string(),
        result: z.string(),
        items: z.array(templateItemSchema),
      }),
    )
    .refine(
      (stages) => stages.map((s) => s.number).join() === stageOrder.join(),
      "Шаблон должен содержать семь этапов по порядку",
    ),
  workPlan: z.array(workPlanTemplateItemSchema),
});

export type TemplateContent = z.infer<typeof templateContentSchema>;
export type WorkPlanTemplateItem = z.infer<typeof workPlanTemplateItemSchema>;
