"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/card";
import { answersSchema } from "@/lib/questionnaires/answers-schema";
import { enterPaperAnswers } from "@/lib/questionnaires/campaigns/enter-paper-answers";
import type { QuestionnaireView } from "@/lib/questionnaires/get-questionnaire";
import { submitQuestionnaire } from "@/lib/questionnaires/submit-questionnaire";
import { DraftStatus, useDraftAutosave } from "./use-draft-autosave";
import { QuestionInput } from "./question-input";
import { FieldError } from "@/components/ui/field";

type Question = QuestionnaireView["template"]["questions"][number];
type Values = Record<string, unknown>;

/**
 * The questionnaire as a form. The respondent's answers are kept as a draft while they type (`draft` mode);
 * the curator typing in a paper form (`paper` mode) submits on the respondent's behalf and has no draft.
 */
export function QuestionnaireForm({
  responseId,
  questions,
  mode = "draft",
  draft,
  draftSavedAt,
  timeZone,
  doneHref,
}: {
  responseId: string;
  questions: Question[];
  mode?: "draft" | "paper";
  draft?: Values | null;
  draftSavedAt?: Date | null;
  /** The school's time zone, for the draft's «saved at». */
  timeZone: string;
  doneHref?: string;
}) {
  const router = useRouter();
  const [error, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => answersSchema(questions), [questions]);
  const form = useForm<Values>({ resolver: zodResolver(schema) as never, defaultValues: draft ?? {} });
  const { register, handleSubmit, formState, setError } = form;
  const { errors, isSubmitting } = formState;
  const autosave = useDraftAutosave({ responseId, form, enabled: mode === "draft", initialSavedAt: draftSavedAt ?? null });

  const onSubmit = handleSubmit(async (answers) => {
    setFormError(null);
    autosave.stop();
    const result =
      mode === "paper" ? await enterPaperAnswers({ responseId, answers }) : await submitQuestionnaire({ responseId, answers });
    if (result.ok) {
      if (doneHref) router.push(doneHref);
      router.refresh();
      return;
    }
    autosave.resume();
    for (const [questionId, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(questionId, { message: messages[0] });
    }
    setFormError(result.error);
  });

  return (
    <form method="post" onSubmit={onSubmit} onBlur={autosave.saveNow} noValidate className="space-y-4">
      {mode === "draft" && <DraftStatus state={autosave.state} timeZone={timeZone} />}
      {questions.map((q, index) => {
        const message = errors[q.id]?.message as string | undefined;
        const errorId = `${q.id}-error`;
        return (
          <fieldset
            key={q.id}
            className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 pt-3"
            aria-invalid={Boolean(message)}
            aria-describedby={message ? errorId : undefined}
          >
            <legend className="float-left mb-1 w-full font-medium break-words">
              {index + 1}. {q.text}
              {q.required && (
                <span className="text-red-700" aria-hidden>
                  {" "}
                  *
                </span>
              )}
              {q.required && <span className="sr-only"> (обязательный вопрос)</span>}
            </legend>
            <div className="clear-left">
              <QuestionInput question={q} register={register} invalid={Boolean(message)} errorId={errorId} />
            </div>
            <FieldError id={errorId} message={message} className="mt-2" />
          </fieldset>
        );
      })}
      <FormMessage error={error} />
      <SubmitButton pending={isSubmitting} pendingLabel="Отправляем…" className="w-full sm:w-auto">
        {mode === "paper" ? "Сохранить ответы с бланка" : "Отправить анкету"}
      </SubmitButton>
    </form>
  );
}
