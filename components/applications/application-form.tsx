"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitApplicationSchema, type SubmitApplicationInput } from "@/lib/applications/application-schemas";
import { submitApplication } from "@/lib/applications/submit-application";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** The short voluntary application: for whom, as whom, and the request or competencies in one's own words. */
export function ApplicationForm({ people }: { people: { id: string; label: string }[] }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError, reset } = useForm<
    SubmitApplicationInput,
    unknown,
    z.output<typeof submitApplicationSchema>
  >({
    resolver: zodResolver(submitApplicationSchema),
    defaultValues: { personId: people.length === 1 ? people[0].id : "", role: "MENTEE", text: "" },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await submitApplication(values);
    if (!result.ok) return showFailure(result, setError, setNotice);
    reset();
    setNotice({ success: "Заявка отправлена куратору программы." });
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <Field id="application-person" label="За кого заявка" error={errors.personId?.message}>
        <select
          id="application-person"
          className={inputClass}
          aria-invalid={Boolean(errors.personId)}
          aria-describedby={describedBy("application-person", errors.personId?.message)}
          {...register("personId")}
        >
          {people.length !== 1 && <option value="">Выберите</option>}
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.label}
            </option>
          ))}
        </select>
      </Field>
      <fieldset aria-describedby={describedBy("application-role", errors.role?.message)}>
        <legend className="text-sm font-medium text-slate-800">Кем участвовать</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          <label className="flex min-h-10 items-center gap-2">
            <input type="radio" value="MENTEE" {...register("role")} /> Наставляемым (нужна помощь)
          </label>
          <label className="flex min-h-10 items-center gap-2">
            <input type="radio" value="MENTOR" {...register("role")} /> Наставником (готов помогать)
          </label>
        </div>
        {errors.role?.message && (
          <p id="application-role-error" role="alert" className="text-sm text-red-700">
            {errors.role.message}
          </p>
        )}
      </fieldset>
      <Field
        id="application-text"
        label="Запрос или что умеете"
        hint="Наставляемому — с чем нужна помощь; наставнику — чем можете помочь"
        error={errors.text?.message}
      >
        <textarea
          id="application-text"
          rows={4}
          className={inputClass}
          aria-invalid={Boolean(errors.text)}
          aria-describedby={describedBy("application-text", errors.text?.message)}
          {...register("text")}
        />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Отправляем…">
        Отправить заявку
      </SubmitButton>
    </form>
  );
}
