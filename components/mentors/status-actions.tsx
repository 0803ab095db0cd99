"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { MentorStatus } from "@/lib/generated/prisma/enums";
import { completeTraining, declineMentor, markMentorReady, restoreMentor } from "@/lib/mentors/change-mentor-status";
import { declineSchema, type DeclineInput } from "@/lib/mentors/selection-schemas";
import { showFailure, type FormNotice } from "./show-result";

const steps = {
  training: { action: completeTraining, label: "Отметить обученным", done: "Наставник отмечен обученным." },
  ready: { action: markMentorReady, label: "Отметить готовым", done: "Наставник готов к работе." },
  restore: { action: restoreMentor, label: "Вернуть в кандидаты", done: "Наставник снова кандидат." },
};

/** One selection step; when the rules refuse it now, the button is disabled and the reason is shown beside it. */
function StepButton({ mentorId, step, refusal }: { mentorId: string; step: keyof typeof steps; refusal: string | null }) {
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<FormNotice>({});
  const { action, label, done } = steps[step];
  const hintId = `${step}-refusal`;
  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant="secondary"
        disabled={pending || refusal !== null}
        aria-describedby={refusal ? hintId : undefined}
        onClick={() =>
          startTransition(async () => {
            const result = await action({ mentorId });
            setNotice(result.ok ? { success: done } : { error: result.error });
          })
        }
      >
        {pending ? "Сохраняем…" : label}
      </Button>
      {refusal && (
        <p id={hintId} className="text-sm text-red-800">
          {refusal}
        </p>
      )}
      <FormMessage error={notice.error} success={notice.success} />
    </div>
  );
}

function DeclineForm({ mentorId }: { mentorId: string }) {
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError } = useForm<DeclineInput, unknown, z.output<typeof declineSchema>>({
    resolver: zodResolver(declineSchema),
    defaultValues: { mentorId, reason: "" },
  });
  const reasonError = formState.errors.reason?.message;
  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await declineMentor(values);
    if (!result.ok) showFailure(result, setError, setNotice);
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-2">
      <FormMessage error={notice.error} />
      <input type="hidden" {...register("mentorId")} />
      <Field id="reason" label="Причина отказа" error={reasonError}>
        <textarea
          id="reason"
          rows={2}
          className={inputClass}
          aria-invalid={Boolean(reasonError)}
          aria-describedby={describedBy("reason", reasonError)}
          {...register("reason")}
        />
      </Field>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Сохраняем…">
        Отклонить
      </SubmitButton>
    </form>
  );
}

/** The buttons of the selection workflow that fit the mentor's status now. */
export function StatusActions({
  mentorId,
  status,
  trainingRefusal,
  readyRefusal,
}: {
  mentorId: string;
  status: MentorStatus;
  trainingRefusal: string | null;
  readyRefusal: string | null;
}) {
  return (
    <div className="space-y-4">
      {status === "CANDIDATE" && <p className="text-sm">Следующий шаг — собеседование: запишите его ниже.</p>}
      {status === "INTERVIEWED" && <StepButton mentorId={mentorId} step="training" refusal={trainingRefusal} />}
      {status === "TRAINED" && <StepButton mentorId={mentorId} step="ready" refusal={readyRefusal} />}
      {status === "READY" && <p className="text-sm">Наставник прошёл отбор и обучение.</p>}
      {status === "DECLINED" ? (
        <StepButton mentorId={mentorId} step="restore" refusal={null} />
      ) : (
        <DeclineForm mentorId={mentorId} />
      )}
    </div>
  );
}
