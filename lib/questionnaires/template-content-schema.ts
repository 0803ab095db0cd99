import { z } from "zod";
import { monitoringParameterCodes } from "./monitoring-parameters";

export const templatePurposes = [
  "MENTEE_INTAKE",
  "MENTOR_INTAKE",
  "PARENT_SURVEY",
  "MEETING_FEEDBACK",
  "SATISFACTION",
  "MONITORING",
] as const;
/** Who fills the questionnaire in: the roles that may answer questionnaires. */
export const templateAudiences = ["MENTEE", "MENTOR", "PARENT"] as const;
export const questionTypes = ["SCALE", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "TEXT", "NUMBER", "DATE"] as const;

export const audienceLabels: Record<(typeof templateAudiences)[number], string> = {
  MENTEE: "Наставляемые",
  MENTOR: "Наставники",
  PARENT: "Родители",
};

export const questionTypeLabels: Record<(typeof questionTypes)[number], string> = {
  SCALE: "Шкала",
  SINGLE_CHOICE: "Один вариант",
  MULTIPLE_CHOICE: "Несколько вариантов",
  TEXT: "Текст",
  NUMBER: "Число",
  DATE: "Дата",
};

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optionalText = (max: number) =>
  z.preprocess(
    (v) => (v === null ? undefined : v),
    z.string().trim().max(max, `Не длиннее ${max} символов`).optional().default(""),
  );
const bound = z.preprocess(
  emptyToUndefined,
  z.coerce
    .number({ error: "Введите целое число" })
    .int("Введите целое число")
    .min(-1000, "Не меньше −1000")
    .max(100000, "Не больше 100000")
    .optional(),
);

/** Options arrive as one per line from the form's textarea, or as a list from the library and from the client. */
const options = z
  .preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean)
        : (v ?? []),
    z.array(z.string().trim().min(1).max(200, "Вариант — не длиннее 200 символов")).max(30, "Не больше 30 вариантов"),
  )
  .default([]);

export const templateQuestionSchema = z
  .object({
    section: optionalText(200),
    text: z.string().trim().min(3, "Вопрос — не короче 3 символов").max(1000, "Вопрос — не длиннее 1000 символов"),
    type: z.enum(questionTypes, { error: "Выберите тип вопроса" }),
    required: z.boolean().default(true),
    options,
    scaleMin: bound,
    scaleMax: bound,
    minLabel: optionalText(100),
    maxLabel: optionalText(100),
    parameter: z.preprocess(emptyToUndefined, z.enum(monitoringParameterCodes, { error: "Неизвестный параметр" }).optional()),
  })
  .superRefine((q, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (q.type === "SINGLE_CHOICE" || q.type === "MULTIPLE_CHOICE") {
      if (q.options.length < 2) issue("options", "Нужно не меньше двух вариантов, по одному в строке");
      else if (new Set(q.options).size !== q.options.length) issue("options", "Варианты не должны повторяться");
    }
    if (q.type === "SCALE") {
      if (q.scaleMin === undefined) issue("scaleMin", "Укажите начало шкалы");
      if (q.scaleMax === undefined) issue("scaleMax", "Укажите конец шкалы");
      if (q.scaleMin !== undefined && q.scaleMax !== undefined) {
        if (q.scaleMin < 0) issue("scaleMin", "Шкала начинается с 0 или больше");
        if (q.scaleMax <= (q.scaleMin ?? 0)) issue("scaleMax", "Конец шкалы должен быть больше начала");
        else if (q.scaleMax - q.scaleMin > 10) issue("scaleMax", "На шкале не больше 11 делений");
      }
      if (!q.minLabel) issue("minLabel", "Подпишите начало шкалы");
      if (!q.maxLabel) issue("maxLabel", "Подпишите конец шкалы");
    }
    if (q.type === "NUMBER" && q.scaleMin !== undefined && q.scaleMax !== undefined && q.scaleMax < q.scaleMin) {
      issue("scaleMax", "Наибольшее значение меньше наименьшего");
    }
    if (q.parameter && q.type !== "SCALE" && q.type !== "NUMBER") {
      issue("parameter", "Параметр мониторинга измеряется шкалой или числом");
    }
  })
  // Fields that do not apply to the type are dropped, so a switched type leaves no stale options or bounds behind.
  .transform((q) => {
    const choice = q.type === "SINGLE_CHOICE" || q.type === "MULTIPLE_CHOICE";
    const bounded = q.type === "SCALE" || q.type === "NUMBER";
    return {
      ...q,
      options: choice ? q.options : [],
      scaleMin: bounded ? q.scaleMin : undefined,
      scaleMax: bounded ? q.scaleMax : undefined,
      minLabel: q.type === "SCALE" ? q.minLabel : "",
      maxLabel: q.type === "SCALE" ? q.maxLabel : "",
    };
  });

/** One schema for a whole questionnaire: the built-in library, the builder's form and the save action. */
export const templateContentSchema = z
  .object({
    title: z.string().trim().min(3, "Название — не короче 3 символов").max(200, "Название — не длиннее 200 символов"),
    intro: optionalText(2000),
    purpose: z.enum(templatePurposes, { error: "Выберите назначение анкеты" }),
    audience: z.enum(templateAudiences, { error: "Выберите, кто заполняет анкету" }),
    mentorMaySeeAnswers: z.boolean().default(false),
    questions: z.array(templateQuestionSchema).min(1, "Добавьте хотя бы один вопрос").max(100, "Не больше 100 вопросов"),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.questions.forEach((q, i) => {
      if (!q.parameter) return;
      if (seen.has(q.parameter)) {
        ctx.addIssue({
          code: "custom",
          path: ["questions", i, "parameter"],
          message: "Этот параметр уже измеряется другим вопросом",
        });
      }
      seen.add(q.parameter);
    });
  });

/** The builder's save: a new questionnaire when templateId is empty, else an edit of that template. */
export const saveTemplateSchema = templateContentSchema.and(z.object({ templateId: z.string().optional() }));

export type TemplateContent = z.output<typeof templateContentSchema>;
export type TemplateQuestion = z.output<typeof templateQuestionSchema>;
export type SaveTemplateInput = z.input<typeof saveTemplateSchema>;
