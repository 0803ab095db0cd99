"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useFieldArray, useForm, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { taskStatuses, taskStatusLabels } from "@/lib/plans/labels";
import { planSchema, type PlanInput, type PlanValues } from "@/lib/plans/plan-schema";
import { savePlan } from "@/lib/plans/save-plan";
import { monitoringParameters } from "@/lib/questionnaires/monitoring-parameters";

type Option = { id: string; label: string };

const emptyTask = { title: "", dueOn: "", status: "OPEN" as const };
const emptyGoal = { title: "", requestId: "", parameter: "" as const, targetValue: undefined, tasks: [emptyTask] };

function GoalTasks({
  goal,
  control,
  register,
  errors,
}: {
  goal: number;
  control: Control<PlanInput, unknown, PlanValues>;
  register: UseFormRegister<PlanInput>;
  errors: FieldErrors<PlanInput>;
}) {
  const { fields, append, remove } = useFieldArray({ control, name: `goals.${goal}.tasks` });
  return (
    <fieldset className="mt-3 space-y-3 border-l-2 border-slate-200 pl-3">
      <legend className="text-sm font-medium">Задачи</legend>
      {fields.map((field, t) => {
        const id = `goal-${goal}-task-${t}`;
        const err = errors.goals?.[goal]?.tasks?.[t];
        return (
          <div key={field.id} className="grid gap-2 sm:grid-cols-[1fr_10rem_10rem_auto] sm:items-end">
            <Field id={`${id}-title`} label={`Задача ${t + 1}`} error={err?.title?.message}>
              <input
                id={`${id}-title`}
                className={inputClass}
                aria-invalid={Boolean(err?.title)}
                {...register(`goals.${goal}.tasks.${t}.title`)}
              />
            </Field>
            <Field id={`${id}-due`} label="Срок" error={err?.dueOn?.message}>
              <input id={`${id}-due`} type="date" className={inputClass} {...register(`goals.${goal}.tasks.${t}.dueOn`)} />
            </Field>
            <Field id={`${id}-status`} label="Состояние">
              <select id={`${id}-status`} className={inputClass} {...register(`goals.${goal}.tasks.${t}.status`)}>
                {taskStatuses.map((s) => (
                  <option key={s} value={s}>
                    {taskStatusLabels[s]}
                  </option>
                ))}
              </select>
            </Field>
            <Button type="button" variant="ghost" onClick={() => remove(t)} aria-label={`Удалить задачу ${t + 1}`}>
              Удалить
            </Button>
          </div>
        );
      })}
      <Button type="button" variant="secondary" onClick={() => append(emptyTask)}>
        Добавить задачу
      </Button>
    </fieldset>
  );
}

/**
 * The mentor's plan editor: goals (with the request they answer and a monitored target) and their tasks. The form is
 * keyed by the plan's version, so a newer version (its own save, an accepted proposal) replaces it with the saved goals
 * and their ids; the save's notice lives outside the form and survives that.
 */
export function PlanEditor(props: {
  mentorshipId: string;
  menteeId: string;
  version: number;
  goals: PlanInput["goals"];
  requests: Option[];
}) {
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  return <PlanForm key={props.version} {...props} message={message} setMessage={setMessage} />;
}

function PlanForm({
  mentorshipId,
  menteeId,
  version,
  goals,
  requests,
  message,
  setMessage,
}: {
  mentorshipId: string;
  menteeId: string;
  version: number;
  goals: PlanInput["goals"];
  requests: Option[];
  message: { error?: string; success?: string };
  setMessage: (message: { error?: string; success?: string }) => void;
}) {
  const { control, register, handleSubmit, formState, setError } = useForm<PlanInput, unknown, PlanValues>({
    resolver: zodResolver(planSchema),
    defaultValues: { mentorshipId, menteeId, version, goals: goals.length ? goals : [emptyGoal] },
  });
  const { fields, append, remove } = useFieldArray({ control, name: "goals" });
  const { errors, isSubmitting } = formState;

  async function save(values: PlanValues) {
    setMessage({});
    const result = await savePlan(values);
    if (result.ok) {
      // The page's revalidation brings the new version: the form is then re-made from it (new goals get their ids).
      setMessage({ success: `План сохранён (версия ${result.data.version}).` });
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as keyof PlanInput, { message: messages[0] });
    }
    setMessage({ error: result.error });
  }

  return (
    <form method="post" noValidate className="space-y-4" onSubmit={handleSubmit(save)}>
      <FormMessage error={message.error ?? errors.goals?.root?.message ?? errors.goals?.message} success={message.success} />
      {fields.map((field, g) => {
        const err = errors.goals?.[g];
        const id = `goal-${g}`;
        return (
          <section key={field.id} aria-labelledby={`${id}-heading`} className="rounded-md border border-slate-200 p-3">
            <h3 id={`${id}-heading`} className="font-semibold">
              Цель {g + 1}
            </h3>
            <Field id={`${id}-title`} label="Формулировка цели" error={err?.title?.message}>
              <input
                id={`${id}-title`}
                className={inputClass}
                aria-invalid={Boolean(err?.title)}
                {...register(`goals.${g}.title`)}
              />
            </Field>
            <div className="mt-2 grid gap-2 sm:grid-cols-3">
              <Field id={`${id}-request`} label="Запрос наставляемого" error={err?.requestId?.message}>
                <select id={`${id}-request`} className={inputClass} {...register(`goals.${g}.requestId`)}>
                  <option value="">Без привязки</option>
                  {requests.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.label}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id={`${id}-parameter`} label="Отслеживаемый показатель">
                <select id={`${id}-parameter`} className={inputClass} {...register(`goals.${g}.parameter`)}>
                  <option value="">Без показателя</option>
                  {monitoringParameters.map((p) => (
                    <option key={p.code} value={p.code}>
                      {p.label}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id={`${id}-target`} label="Целевое значение" error={err?.targetValue?.message}>
                <input
                  id={`${id}-target`}
                  type="number"
                  step="any"
                  inputMode="decimal"
                  className={inputClass}
                  {...register(`goals.${g}.targetValue`)}
                />
              </Field>
            </div>
            <GoalTasks goal={g} control={control} register={register} errors={errors} />
            <Button type="button" variant="ghost" className="mt-2" onClick={() => remove(g)}>
              Удалить цель {g + 1}
            </Button>
          </section>
        );
      })}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={() => append(emptyGoal)}>
          Добавить цель
        </Button>
        <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
          Сохранить план
        </SubmitButton>
      </div>
    </form>
  );
}
