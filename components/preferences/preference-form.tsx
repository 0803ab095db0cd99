"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, FieldError, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PreferenceForm as Form } from "@/lib/preferences/load-preference-forms";
import { preferenceSchema, type PreferenceInput } from "@/lib/preferences/preference-schema";
import { savePreferences } from "@/lib/preferences/save-preferences";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** One ranking on a phone: a select per place («1-й выбор», «2-й выбор»…), each listing who was at the meeting. */
export function PreferenceForm({ form }: { form: Form }) {
  const [notice, setNotice] = useState<{ error?: string; success?: string }>({});
  const places = Array.from({ length: Math.min(form.max, form.options.length) }, (_, i) => i);
  const { register, handleSubmit, formState, setError } = useForm<PreferenceInput, unknown, z.output<typeof preferenceSchema>>({
    resolver: zodResolver(preferenceSchema),
    defaultValues: {
      chooserKind: form.chooserKind,
      chooserId: form.chooserId,
      choices: places.map((i) => form.current[i] ?? ""),
    },
  });
  const choicesError = formState.errors.choices?.message ?? formState.errors.choices?.root?.message;
  const id = `pref-${form.chooserId}`;
  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await savePreferences(values);
    if (result.ok) return setNotice({ success: "Ваш выбор сохранён." });
    const message = result.fieldErrors?.choices?.[0];
    if (message) setError("choices", { message });
    setNotice({ error: result.error });
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <input type="hidden" {...register("chooserKind")} />
      <input type="hidden" {...register("chooserId")} />
      {places.map((i) => (
        <Field key={i} id={`${id}-${i}`} label={`${i + 1}-й выбор`}>
          <select
            id={`${id}-${i}`}
            className={inputClass}
            aria-describedby={describedBy(`${id}-choices`, choicesError)}
            {...register(`choices.${i}`)}
          >
            <option value="">— не выбран —</option>
            {form.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
      ))}
      <FieldError id={`${id}-choices-error`} message={choicesError} />
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Сохраняем…" className="w-full sm:w-auto">
        Сохранить выбор
      </SubmitButton>
    </form>
  );
}
