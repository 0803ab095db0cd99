"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { roleLabels } from "@/lib/auth/roles";
import { formLabels } from "@/lib/mentorships/labels";
import {
  audienceKindLabels,
  audienceKinds,
  launchCampaignSchema,
  REMINDER_DAYS,
  reminderLabel,
  type LaunchCampaignInput,
  type LaunchCampaignValues,
  type LaunchReport,
} from "@/lib/questionnaires/campaigns/campaign-schema";
import { launchCampaign } from "@/lib/questionnaires/campaigns/launch-campaign";
import type { LaunchOptions } from "@/lib/questionnaires/campaigns/load-launch-options";
import { ExcludedList } from "./excluded-list";

/** «Новая кампания»: template, title, deadline, monitoring phase, and whom to send it to. */
export function CampaignForm({ options, today }: { options: LaunchOptions; today: string }) {
  const [report, setReport] = useState<LaunchReport | null>(null);
  const [failure, setFailure] = useState<{ error: string; excluded: LaunchReport["excluded"] } | null>(null);
  const { register, handleSubmit, formState, setError, watch } = useForm<LaunchCampaignInput, unknown, LaunchCampaignValues>({
    resolver: zodResolver(launchCampaignSchema),
    defaultValues: {
      templateId: options.templates[0]?.id ?? "",
      title: "",
      dueOn: "",
      monitoringPhase: "",
      audienceKind: "FORM_MENTEES",
      form: options.forms[0] ?? "",
      classKey: options.classes[0] ?? "",
      personIds: [],
      reminderDays: ["3", "1"],
    },
  });
  const { errors, isSubmitting } = formState;
  const kind = watch("audienceKind");

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await launchCampaign(values);
    if (result.ok) {
      setReport(result.data);
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as keyof LaunchCampaignInput, { message: messages[0] });
    }
    const details = result.details as { excluded?: LaunchReport["excluded"] } | undefined;
    setFailure({ error: result.error, excluded: details?.excluded ?? [] });
  });

  if (report) {
    return (
      <div className="space-y-3">
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          Кампания запущена: анкету получили {report.created} чел.
          {report.alreadyPending > 0 && ` Ещё ${report.alreadyPending} чел. уже ждут эту анкету в другой кампании.`}
        </p>
        <ExcludedList excluded={report.excluded} />
        <Link
          href={`/curator/questionnaires/campaigns/${report.campaignId}`}
          className="inline-block font-medium text-blue-800 underline"
        >
          Открыть кампанию
        </Link>
      </div>
    );
  }

  const error = (name: keyof LaunchCampaignInput) => errors[name]?.message as string | undefined;
  const aria = (name: keyof LaunchCampaignInput) => ({
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": describedBy(name, error(name)),
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      {failure && (
        <div className="space-y-2">
          <FormMessage error={failure.error} />
          <ExcludedList excluded={failure.excluded} />
        </div>
      )}
      <Field id="templateId" label="Анкета" error={error("templateId")}>
        <select id="templateId" className={inputClass} {...aria("templateId")} {...register("templateId")}>
          {options.templates.length === 0 && <option value="">Нет анкет — сначала добавьте их в разделе «Анкеты»</option>}
          {options.templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title} — для роли «{roleLabels[t.audience]}», версия {t.version}
            </option>
          ))}
        </select>
      </Field>
      <Field id="title" label="Название кампании" error={error("title")} hint="Например: «Удовлетворённость, декабрь»">
        <input id="title" className={inputClass} {...aria("title")} {...register("title")} />
      </Field>
      <Field id="dueOn" label="Ответить до" error={error("dueOn")}>
        <input
          id="dueOn"
          type="date"
          min={today}
          className={`${inputClass} max-w-52`}
          {...aria("dueOn")}
          {...register("dueOn")}
        />
      </Field>
      <Field id="monitoringPhase" label="Этап мониторинга" error={error("monitoringPhase")}>
        <select id="monitoringPhase" className={inputClass} {...register("monitoringPhase")}>
          <option value="">Не для мониторинга</option>
          <option value="BEFORE">До работы пар</option>
          <option value="AFTER">После работы пар</option>
        </select>
      </Field>
      <fieldset className="space-y-1" aria-describedby={describedBy("audienceKind", error("audienceKind"))}>
        <legend className="text-sm font-medium text-slate-800">Кому отправить</legend>
        {audienceKinds.map((value) => (
          <label key={value} className="flex min-h-10 items-center gap-2">
            <input type="radio" value={value} className="h-5 w-5" {...register("audienceKind")} />
            {audienceKindLabels[value]}
          </label>
        ))}
        {error("audienceKind") && (
          <p id="audienceKind-error" role="alert" className="text-sm text-red-700">
            {error("audienceKind")}
          </p>
        )}
      </fieldset>
      {kind === "FORM_MENTEES" && (
        <Field
          id="form"
          label="Форма наставничества"
          error={error("form")}
          hint={options.programmeTitle ? `Пары программы «${options.programmeTitle}»` : undefined}
        >
          <select id="form" className={inputClass} {...aria("form")} {...register("form")}>
            {options.forms.length === 0 && <option value="">В программе нет форм</option>}
            {options.forms.map((f) => (
              <option key={f} value={f}>
                {formLabels[f]}
              </option>
            ))}
          </select>
        </Field>
      )}
      {kind === "CLASS_PARENTS" && (
        <Field id="classKey" label="Класс" error={error("classKey")}>
          <select id="classKey" className={`${inputClass} max-w-40`} {...aria("classKey")} {...register("classKey")}>
            {options.classes.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </Field>
      )}
      {kind === "PROGRAMME_MENTORS" && (
        <p className="text-sm text-slate-700">Наставники пар и групп, которые формируются или работают в последней программе.</p>
      )}
      {kind === "CHOSEN_PEOPLE" && (
        <fieldset aria-describedby={describedBy("personIds", error("personIds"))}>
          <legend className="text-sm font-medium text-slate-800">Люди с учётной записью</legend>
          <div className="mt-1 max-h-72 space-y-1 overflow-y-auto rounded-md border border-slate-300 p-2">
            {options.people.map((p) => (
              <label key={p.id} className="flex min-h-10 items-center gap-2">
                <input type="checkbox" value={p.id} className="h-5 w-5 shrink-0" {...register("personIds")} />
                <span>
                  {p.name}
                  <span className="text-sm text-slate-600">
                    {" "}
                    — {p.roles.map((r) => roleLabels[r]).join(", ")}
                    {p.classKey && `, ${p.classKey}`}
                  </span>
                </span>
              </label>
            ))}
          </div>
          {error("personIds") && (
            <p id="personIds-error" role="alert" className="text-sm text-red-700">
              {error("personIds")}
            </p>
          )}
        </fieldset>
      )}
      <fieldset className="space-y-1" aria-describedby={describedBy("reminderDays", error("reminderDays"))}>
        <legend className="text-sm font-medium text-slate-800">Напомнить автоматически тем, кто не ответил</legend>
        <div className="flex flex-wrap gap-x-4">
          {REMINDER_DAYS.map((days) => (
            <label key={days} className="flex min-h-10 items-center gap-2">
              <input type="checkbox" value={String(days)} className="h-5 w-5" {...register("reminderDays")} />
              {reminderLabel(days)}
            </label>
          ))}
        </div>
        {error("reminderDays") && (
          <p id="reminderDays-error" role="alert" className="text-sm text-red-700">
            {error("reminderDays")}
          </p>
        )}
      </fieldset>
      <p className="text-sm text-slate-600">
        Анкету получат только люди с действующим согласием на обработку персональных данных.
      </p>
      <SubmitButton pending={isSubmitting} pendingLabel="Запускаем…" className="w-full sm:w-auto">
        Запустить кампанию
      </SubmitButton>
    </form>
  );
}
