"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { monitoringParameters } from "@/lib/questionnaires/monitoring-parameters";
import { questionTypeLabels, questionTypes } from "@/lib/questionnaires/template-content-schema";
import type { TemplateFormValues } from "./form-values";

type QuestionField = "section" | "text" | "type" | "options" | "scaleMin" | "scaleMax" | "minLabel" | "maxLabel" | "parameter";

/** One question of the builder: its text, type and what the type needs, with move and remove buttons. */
export function QuestionEditor({
  index,
  count,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const { register, control, formState } = useFormContext<TemplateFormValues>();
  const [type, parameter] = useWatch({ control, name: [`questions.${index}.type`, `questions.${index}.parameter`] });
  const errors = formState.errors.questions?.[index];
  const number = index + 1;
  const id = (field: QuestionField | "required") => `questions.${index}.${field}`;
  const error = (field: QuestionField) => errors?.[field]?.message;
  const control_ = (field: QuestionField) => ({
    id: id(field),
    "aria-invalid": Boolean(error(field)),
    "aria-describedby": describedBy(id(field), error(field)),
    ...register(`questions.${index}.${field}`),
  });
  const choice = type === "SINGLE_CHOICE" || type === "MULTIPLE_CHOICE";

  return (
    <fieldset className="space-y-3 rounded-md border border-slate-300 p-3">
      <legend className="px-1 font-semibold">Вопрос {number}</legend>
      <Field
        id={id("section")}
        label="Раздел"
        hint="Вопросы с одинаковым разделом идут под одним заголовком"
        error={error("section")}
      >
        <input className={inputClass} {...control_("section")} />
      </Field>
      <Field id={id("text")} label="Текст вопроса" error={error("text")}>
        <textarea rows={2} className={inputClass} {...control_("text")} />
      </Field>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-48 flex-1">
          <Field id={id("type")} label="Тип ответа" error={error("type")}>
            <select className={inputClass} {...control_("type")}>
              {questionTypes.map((t) => (
                <option key={t} value={t}>
                  {questionTypeLabels[t]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <label className="flex min-h-10 items-center gap-2">
          <input type="checkbox" id={id("required")} className="h-5 w-5" {...register(`questions.${index}.required`)} />
          Обязательный
        </label>
      </div>
      {choice && (
        <Field id={id("options")} label="Варианты ответа, по одному в строке" error={error("options")}>
          <textarea rows={4} className={inputClass} {...control_("options")} />
        </Field>
      )}
      {(type === "SCALE" || type === "NUMBER") && (
        <div className="grid grid-cols-2 gap-3">
          <Field id={id("scaleMin")} label={type === "SCALE" ? "Начало шкалы" : "Наименьшее значение"} error={error("scaleMin")}>
            <input type="number" inputMode="numeric" className={inputClass} {...control_("scaleMin")} />
          </Field>
          <Field id={id("scaleMax")} label={type === "SCALE" ? "Конец шкалы" : "Наибольшее значение"} error={error("scaleMax")}>
            <input type="number" inputMode="numeric" className={inputClass} {...control_("scaleMax")} />
          </Field>
          {type === "SCALE" && (
            <>
              <Field id={id("minLabel")} label="Подпись начала" error={error("minLabel")}>
                <input className={inputClass} {...control_("minLabel")} />
              </Field>
              <Field id={id("maxLabel")} label="Подпись конца" error={error("maxLabel")}>
                <input className={inputClass} {...control_("maxLabel")} />
              </Field>
            </>
          )}
        </div>
      )}
      {(type === "SCALE" || type === "NUMBER" || parameter) && (
        <Field
          id={id("parameter")}
          label="Параметр мониторинга"
          hint="Для сравнения «до» и «после» в мониторинге"
          error={error("parameter")}
        >
          <select className={inputClass} {...control_("parameter")}>
            <option value="">— не измеряет параметр —</option>
            {monitoringParameters.map((p) => (
              <option key={p.code} value={p.code}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          disabled={index === 0}
          onClick={() => onMove(index, index - 1)}
          aria-label={`Вопрос ${number}: выше`}
        >
          Выше
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={index === count - 1}
          onClick={() => onMove(index, index + 1)}
          aria-label={`Вопрос ${number}: ниже`}
        >
          Ниже
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={count === 1}
          onClick={() => onRemove(index)}
          aria-label={`Удалить вопрос ${number}`}
        >
          Удалить
        </Button>
      </div>
    </fieldset>
  );
}
