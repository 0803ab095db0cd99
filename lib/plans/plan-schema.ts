import { z } from "zod";
import { dateField } from "@/lib/validation/date-field";
import { monitoringParameterCodes } from "@/lib/questionnaires/monitoring-parameters";
import { taskStatuses } from "./labels";

const unique = (ids: string[]) => {
  const saved = ids.filter(Boolean);
  return new Set(saved).size === saved.length;
};

const title = (what: string) =>
  z.string().trim().min(3, `${what} — не короче 3 символов`).max(300, `${what} — не длиннее 300 символов`);

export const planTaskSchema = z.object({
  /** The saved task's id ("" for a new one): a save updates the tasks it keeps instead of re-creating them. */
  id: z.string().max(40).optional().default(""),
  title: title("Задача"),
  dueOn: dateField(),
  status: z.enum(taskStatuses, { error: "Выберите состояние задачи" }),
});

export const planGoalSchema = z.object({
  /** The saved goal's id ("" for a new one): proposals made under a goal stay linked to it across saves. */
  id: z.string().max(40).optional().default(""),
  title: title("Цель"),
  /** The mentee's request the goal answers ("" for none). */
  requestId: z.string().optional().default(""),
  /** A monitored parameter ("" for none) and the value aimed at. */
  parameter: z
    .union([z.enum(monitoringParameterCodes), z.literal("")])
    .optional()
    .default(""),
  targetValue: z.preprocess(
    (v) => (v === "" || v === null || v === undefined || Number.isNaN(v) ? undefined : v),
    z.coerce.number({ error: "Целевое значение — число" }).min(-1000).max(1000).optional(),
  ),
  tasks: z.array(planTaskSchema).max(50, "Не больше 50 задач в цели"),
});

/** One schema for the plan editor and the savePlan action. */
export const planSchema = z.object({
  mentorshipId: z.string().min(1),
  /** "" for the pair's or group's plan, else one mentee of the group. */
  menteeId: z.string().optional().default(""),
  /** The version the editor was opened at: a save over a newer one is refused. */
  version: z.coerce.number().int().min(0),
  goals: z
    .array(planGoalSchema)
    .min(1, "Добавьте хотя бы одну цель")
    .max(20, "Не больше 20 целей")
    // Each saved goal and task once: a repeated id would make the save update one row twice and drop another's tasks.
    .refine((goals) => unique(goals.map((goal) => goal.id)), "Цель повторяется: обновите страницу")
    .refine(
      (goals) => unique(goals.flatMap((goal) => goal.tasks.map((task) => task.id))),
      "Задача повторяется: обновите страницу",
    ),
});

export type PlanInput = z.input<typeof planSchema>;
export type PlanValues = z.output<typeof planSchema>;

/** The mentee proposes a new task under a goal, or a new goal (goalId ""). */
export const proposalSchema = z.object({
  planId: z.string().min(1),
  goalId: z.string().optional().default(""),
  title: title("Предложение"),
  dueOn: dateField(),
  comment: z.string().trim().max(1000, "Не длиннее 1000 символов").optional().default(""),
});

export type ProposalInput = z.input<typeof proposalSchema>;

export const decisionSchema = z.object({
  proposalId: z.string().min(1),
  accept: z.boolean(),
  comment: z.string().trim().max(1000, "Не длиннее 1000 символов").optional().default(""),
});
