"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { informationSources, requestKindLabels, requestKinds, sourceLabels } from "@/lib/mentees/labels";
import { menteeRequestSchema, type MenteeRequestInput } from "@/lib/mentees/mentee-schemas";
import { addMenteeRequest } from "@/lib/mentees/requests";
import { isAlwaysConfidential } from "@/lib/mentees/rules";

type RequestValues = z.output<typeof menteeRequestSchema>;

/**
 * Adds a request from the catalogue. The server decides confidentiality and, for a psychologist, the source too:
 * the checkbox only asks for more, and a psychologist is not offered either control.
 */
export function RequestForm({ personId, byPsychologist = false }: { personId: string; byPsychologist?: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState, reset, setError, watch } = useForm<MenteeRequestInput, unknown, RequestValues>({
    resolver: zodResolver(menteeRequestSchema),
    defaultValues: {
      personId,
      kind: "LOW_MOTIVATION",
      source: byPsychologist ? "PSYCHOLOGIST" : "CLASS_TEACHER",
      details: "",
      confidential: byPsychologist,
    },
  });
  const { errors, isSubmitting } = formState;
  const forced = byPsychologist || isAlwaysConfidential(watch("kind") ?? "OTHER", watch("source") ?? "OTHER");

  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await addMenteeRequest(values);
    if (result.ok) {
      reset({ ...values, details: "", confidential: byPsychologist });
      setMessage({ success: result.data.confidential ? "Сведения сохранены как конфиденциальные." : "Запрос добавлен." });
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as keyof MenteeRequestInput, { message: messages[0] });
    }
    setMessage({ error: result.error });
  });

  const error = (name: keyof MenteeRequestInput) => errors[name]?.message as string | undefined;
  const aria = (name: keyof MenteeRequestInput) => ({
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": describedBy(name, error(name)),
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={message.error} success={message.success} />
      <input type="hidden" {...register("personId")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="kind" label="Запрос" error={error("kind")}>
          <select id="kind" className={inputClass} {...aria("kind")} {...register("kind")}>
            {requestKinds.map((kind) => (
              <option key={kind} value={kind}>
                {requestKindLabels[kind]}
              </option>
            ))}
          </select>
        </Field>
        {byPsychologist ? (
          <Field
            id="source-fixed"
            label="Источник сведений"
            hint="Вы вносите сведения как педагог-психолог: источник не меняется."
          >
            <input type="hidden" {...register("source")} />
            <input
              id="source-fixed"
              readOnly
              value={sourceLabels.PSYCHOLOGIST}
              aria-describedby="source-fixed-hint"
              className={`${inputClass} bg-slate-100`}
            />
          </Field>
        ) : (
          <Field id="source" label="Источник сведений" error={error("source")}>
            <select id="source" className={inputClass} {...aria("source")} {...register("source")}>
              {informationSources.map((source) => (
                <option key={source} value={source}>
                  {sourceLabels[source]}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
      {watch("kind") === "HEALTH_LIMITATIONS" && (
        <Field
          id="sessionLimitMinutes"
          label="Занятие не дольше (минут)"
          error={error("sessionLimitMinutes")}
          hint="Необязательно. Наставник, которому откроют сведения, увидит предупреждение о более долгой встрече."
        >
          <input
            id="sessionLimitMinutes"
            type="number"
            inputMode="numeric"
            min={10}
            max={240}
            className={`${inputClass} max-w-32`}
            {...aria("sessionLimitMinutes")}
            {...register("sessionLimitMinutes")}
          />
        </Field>
      )}
      <Field id="details" label="Подробности" error={error("details")} hint="Необязательно">
        <textarea id="details" rows={2} className={inputClass} {...aria("details")} {...register("details")} />
      </Field>
      {forced ? (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900">
          {byPsychologist
            ? "Сведения от психолога всегда конфиденциальны: их видят только куратор и психолог, а наставнику их может открыть только куратор."
            : "Сведения об ОВЗ и сведения от психолога всегда конфиденциальны: их видят только куратор и психолог."}
        </p>
      ) : (
        <label className="flex min-h-10 items-center gap-2">
          <input type="checkbox" className="h-5 w-5" {...register("confidential")} />
          Конфиденциальные сведения (видят только куратор и психолог)
        </label>
      )}
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Добавить запрос
      </SubmitButton>
    </form>
  );
}
