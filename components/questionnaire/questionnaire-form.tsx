"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { answersSchema } from "@/lib/questionnaires/answers-schema";
import type { QuestionnaireView } from "@/lib/questionnaires/get-questionnaire";
import { submitQuestionnaire } from "@/lib/questionnaires/submit-questionnaire";

type Question = QuestionnaireView["template"]["questions"][number];
type Values = Record<string, unknown>;

export function QuestionnaireForm({ responseId, questions }: { responseId: string; questions: Question[] }) {
  const router = useRouter();
  const [error, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => answersSchema(questions), [questions]);
  const { register, handleSubmit, formState, setError } = useForm<Values>({ resolver: zodResolver(schema) as never });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (answers) => {
    setFormError(null);
    const result = await submitQuestionnaire({ responseId, answers });
    if (result.ok) {
      router.refresh();
      return;
    }
    for (const [questionId, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(questionId, { message: messages[0] });
    }
    setFormError(result.error);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      {questions.map((q, index) => {
        const message = errors[q.id]?.message as string | undefined;
        const errorId = `${q.id}-error`;
        return (
          <fieldset
            key={q.id}
            className="rounded-lg border border-slate-200 bg-white p-4 pt-3"
            aria-invalid={Boolean(message)}
            aria-describedby={message ? errorId : undefined}
          >
            <legend className="float-left mb-1 w-full font-medium">
              {index + 1}. {q.text}
              {q.required && <span className="text-red-700" aria-hidden> *</span>}
              {q.required && <span className="sr-only"> (обязательный вопрос)</span>}
            </legend>
            <div className="clear-left">
              <QuestionInput question={q} register={register} />
            </div>
            {message && (
              <p id={errorId} role="alert" className="mt-2 text-sm text-red-700">
                {message}
              </p>
            )}
          </fieldset>
        );
      })}
      <FormMessage error={error} />
      <SubmitButton pending={isSubmitting} pendingLabel="Отправляем…" className="w-full sm:w-auto">
        Отправить анкету
      </SubmitButton>
    </form>
  );
}

function QuestionInput({ question: q, register }: { question: Question; register: ReturnType<typeof useForm<Values>>["register"] }) {
  if (q.type === "TEXT") {
    return <textarea aria-label={q.text} rows={3} className={`${inputClass} mt-2`} {...register(q.id)} />;
  }
  if (q.type === "NUMBER") {
    return (
      <input type="number" inputMode="decimal" step="any" min={q.scaleMin ?? undefined} max={q.scaleMax ?? undefined}
        aria-label={q.text} className={`${inputClass} mt-2 max-w-40`} {...register(q.id)} />
    );
  }
  if (q.type === "DATE") {
    return <input type="date" aria-label={q.text} className={`${inputClass} mt-2 max-w-52`} {...register(q.id)} />;
  }
  if (q.type === "SCALE") {
    const min = q.scaleMin ?? 1;
    const max = q.scaleMax ?? 10;
    const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    return (
      <div className="mt-2">
        <div className="flex flex-wrap gap-1">
          {values.map((value) => (
            <label key={value} className="relative">
              <input type="radio" value={value} className="peer sr-only" {...register(q.id)} />
              <span className="flex h-11 w-11 cursor-pointer items-center justify-center rounded-md border border-slate-400 peer-checked:border-blue-700 peer-checked:bg-blue-700 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-700">
                {value}
              </span>
            </label>
          ))}
        </div>
        {(q.minLabel || q.maxLabel) && (
          <p className="mt-1 flex justify-between text-sm text-slate-600">
            <span>{min} — {q.minLabel}</span>
            <span>{max} — {q.maxLabel}</span>
          </p>
        )}
      </div>
    );
  }
  const type = q.type === "SINGLE_CHOICE" ? "radio" : "checkbox";
  return (
    <div className="mt-2 space-y-1">
      {q.options.map((option) => (
        <label key={option} className="flex min-h-10 items-center gap-2">
          <input type={type} value={option} className="h-5 w-5" {...register(q.id)} />
          {option}
        </label>
      ))}
    </div>
  );
}
