"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, FieldError, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { secondMonitoringSchema, type SecondMonitoringInput } from "@/lib/completion/completion-schemas";
import { launchSecondMonitoring } from "@/lib/completion/launch-second-monitoring";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** Launches the second stage of monitoring (phase «после») for the chosen pairs through an ordinary campaign. */
export function SecondMonitoringForm({
  templates,
  pairs,
  dueOn,
}: {
  templates: { id: string; title: string }[];
  pairs: { id: string; label: string; completed: boolean }[];
  dueOn: string;
}) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const form = useForm<SecondMonitoringInput, unknown, z.output<typeof secondMonitoringSchema>>({
    resolver: zodResolver(secondMonitoringSchema),
    defaultValues: {
      templateId: templates[0]?.id ?? "",
      dueOn,
      mentorshipIds: pairs.filter((p) => p.completed).map((p) => p.id),
    },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice({});
    const result = await launchSecondMonitoring(values);
    if (!result.ok) return showFailure(result, form.setError, setNotice);
    const left = result.data.excluded.length;
    setNotice({ success: `Анкета отправлена: ${result.data.created}${left ? `; не получили: ${left}` : ""}` });
    router.refresh();
  });
  if (templates.length === 0) return <p>В школе нет анкет мониторинга: добавьте их в разделе «Анкеты».</p>;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <Field id="monitoring-template" label="Анкета мониторинга" error={errors.templateId?.message}>
        <select
          id="monitoring-template"
          className={inputClass}
          aria-invalid={Boolean(errors.templateId)}
          aria-describedby={describedBy("monitoring-template", errors.templateId?.message)}
          {...form.register("templateId")}
        >
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
      </Field>
      <Field id="monitoring-due" label="Срок" error={errors.dueOn?.message}>
        <input
          id="monitoring-due"
          type="date"
          className={inputClass}
          aria-invalid={Boolean(errors.dueOn)}
          aria-describedby={describedBy("monitoring-due", errors.dueOn?.message)}
          {...form.register("dueOn")}
        />
      </Field>
      <fieldset aria-describedby={errors.mentorshipIds ? "monitoring-pairs-error" : undefined}>
        <legend className="text-sm font-medium">Пары</legend>
        {pairs.map((p) => (
          <label key={p.id} className="flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" value={p.id} className="h-5 w-5 shrink-0" {...form.register("mentorshipIds")} />
            {p.label}
          </label>
        ))}
      </fieldset>
      <FieldError id="monitoring-pairs-error" message={errors.mentorshipIds?.message} />
      <SubmitButton pending={isSubmitting} pendingLabel="Отправляем…">
        Запустить второй этап мониторинга
      </SubmitButton>
    </form>
  );
}
