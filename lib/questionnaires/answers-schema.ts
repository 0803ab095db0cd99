import { z } from "zod";
import type { QuestionType } from "@/lib/generated/prisma/enums";
import { dateField } from "@/lib/validation/date-field";

export interface QuestionSpec {
  id: string;
  type: QuestionType;
  required: boolean;
  options: string[];
  scaleMin: number | null;
  scaleMax: number | null;
}

function questionSchema(q: QuestionSpec): z.ZodType {
  switch (q.type) {
    case "SCALE": {
      const min = q.scaleMin ?? 1;
      const max = q.scaleMax ?? 10;
      const value = z.coerce
        .number({ error: "Выберите оценку" })
        .int("Выберите оценку")
        .min(min, `Оценка от ${min} до ${max}`)
        .max(max, `Оценка от ${min} до ${max}`);
      return q.required ? z.preprocess(emptyToUndefined, value) : z.preprocess(emptyToUndefined, value.optional());
    }
    case "SINGLE_CHOICE": {
      const value = z.enum(q.options as [string, ...string[]], { error: "Выберите один из вариантов" });
      return q.required ? z.preprocess(emptyToUndefined, value) : z.preprocess(emptyToUndefined, value.optional());
    }
    case "MULTIPLE_CHOICE": {
      const list = z.array(z.enum(q.options as [string, ...string[]], { error: "Недопустимый вариант" }));
      return z.preprocess(
        (v) => (v === undefined || v === null || v === false ? [] : Array.isArray(v) ? v : [v]),
        q.required ? list.min(1, "Выберите хотя бы один вариант") : list,
      );
    }
    case "TEXT": {
      const text = z.string({ error: "Введите ответ" }).trim().max(2000, "Не длиннее 2000 символов");
      return q.required ? text.min(1, "Введите ответ") : text.optional().default("");
    }
    case "NUMBER": {
      let value = z.coerce.number({ error: "Введите число" }).refine(Number.isFinite, "Введите число");
      if (q.scaleMin !== null) value = value.refine((n) => n >= q.scaleMin!, `Не меньше ${q.scaleMin}`);
      if (q.scaleMax !== null) value = value.refine((n) => n <= q.scaleMax!, `Не больше ${q.scaleMax}`);
      return q.required ? z.preprocess(emptyToUndefined, value) : z.preprocess(emptyToUndefined, value.optional());
    }
    case "DATE": {
      const value = dateField({ required: "Укажите дату" });
      return q.required ? z.preprocess(emptyToUndefined, value) : z.preprocess(emptyToUndefined, value.optional());
    }
  }
}

function emptyToUndefined(value: unknown) {
  return value === "" || value === null ? undefined : value;
}

/** Validation of a filled questionnaire, derived from its questions; used in the form and again on the server. */
export function answersSchema(questions: QuestionSpec[]) {
  return z.object(Object.fromEntries(questions.map((q) => [q.id, questionSchema(q)])));
}
