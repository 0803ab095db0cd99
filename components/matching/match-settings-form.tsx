"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, FieldError, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveMatchSettings } from "@/lib/matching/draft/save-match-settings";
import { matchingObjectives, objectiveLabels } from "@/lib/matching/optimiser/types";
import { criterionLabels, matchCriteria, MAX_WEIGHT, mustMeanings } from "@/lib/matching/score/criteria";
import { matchSettingsSchema, type MatchSettings, type MatchSettingsInput } from "@/lib/matching/score/match-settings-schema";
import { roleModelRules, roleModels } from "@/lib/matching/score/role-models";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** The programme's matching settings: a weight and «обязательно» per criterion, the class gap, role models, the goal. */
export function MatchSettingsForm({ settings }: { settings: MatchSettings }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError } = useForm<MatchSettingsInput, unknown, MatchSettings>({
    resolver: zodResolver(matchSettingsSchema),
    defaultValues: settings,
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await saveMatchSettings(values);
    if (!result.ok) return showFailure(result, setError, setNotice);
    setNotice({ success: "Настройки подбора сохранены." });
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage error={notice.error} success={notice.success} />
      <fieldset>
        <legend className="font-medium text-slate-900">Критерии и их вес</legend>
        <p className="text-sm text-slate-700">
          Вес от 0 до {MAX_WEIGHT} (0 — критерий не учитывается). «Обязательно» — пара без этого не предлагается.
        </p>
        <FieldError id="criteria-error" message={errors.criteria?.message ?? errors.criteria?.root?.message} />
        <ul className="mt-2 divide-y divide-slate-200">
          {matchCriteria.map((criterion) => {
            const weightError = errors.criteria?.[criterion]?.weight?.message;
            const id = `weight-${criterion}`;
            return (
              <li key={criterion} className="grid gap-2 py-2 sm:grid-cols-[1fr_7rem_16rem] sm:items-center">
                <label htmlFor={id} className="text-sm font-medium text-slate-800">
                  {criterionLabels[criterion]}
                </label>
                <div>
                  <input
                    id={id}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={MAX_WEIGHT}
                    className={inputClass}
                    aria-invalid={Boolean(weightError)}
                    aria-describedby={describedBy(id, weightError)}
                    {...register(`criteria.${criterion}.weight`)}
                  />
                  <FieldError id={`${id}-error`} message={weightError} />
                </div>
                <label className="flex min-h-10 items-center gap-2 text-sm">
                  <input type="checkbox" className="h-5 w-5" {...register(`criteria.${criterion}.must`)} />
                  <span>
                    Обязательно: <span className="text-slate-700">{mustMeanings[criterion]}</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <Field
        id="minGradeGap"
        label="«Ученик – ученик»: наставник старше наставляемого не меньше чем на (классов)"
        error={errors.minGradeGap?.message}
      >
        <input
          id="minGradeGap"
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          className={`${inputClass} max-w-32`}
          aria-invalid={Boolean(errors.minGradeGap)}
          aria-describedby={describedBy("minGradeGap", errors.minGradeGap?.message)}
          {...register("minGradeGap")}
        />
      </Field>
      <fieldset aria-describedby={errors.roleModels ? "roleModels-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Ролевые модели программы</legend>
        {roleModels.map((model) => (
          <label key={model} className="flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" value={model} className="h-5 w-5" {...register("roleModels")} />
            {roleModelRules[model].label}
          </label>
        ))}
        <FieldError id="roleModels-error" message={errors.roleModels?.message} />
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Цель подбора по умолчанию</legend>
        {matchingObjectives.map((objective) => (
          <label key={objective} className="flex min-h-10 items-center gap-2 text-sm">
            <input type="radio" value={objective} className="h-5 w-5" {...register("objective")} />
            {objectiveLabels[objective]}
          </label>
        ))}
      </fieldset>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Сохранить настройки
      </SubmitButton>
    </form>
  );
}
