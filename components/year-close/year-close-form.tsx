"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, FieldError, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { closeYear } from "@/lib/year-close/close-year";
import {
  closeYearSchema,
  yearCloseDecisionLabels,
  yearCloseDecisions,
  type CloseYearInput,
  type YearCloseDecision,
} from "@/lib/year-close/year-close-schema";
import { zodResolver } from "@/lib/validation/zod-resolver";

interface Pair {
  id: string;
  label: string;
  status: "FORMING" | "ACTIVE";
  hasFinalMeeting: boolean;
  suggested: YearCloseDecision;
}

/** A decision for every open pair of the programme, then the year is closed in one go. */
export function YearCloseForm({
  programmeId,
  pairs,
  nextTitle,
  today,
}: {
  programmeId: string;
  pairs: Pair[];
  nextTitle: string | null;
  today: string;
}) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const form = useForm<CloseYearInput, unknown, z.output<typeof closeYearSchema>>({
    resolver: zodResolver(closeYearSchema),
    defaultValues: {
      programmeId,
      endedOn: today,
      decisions: pairs.map((pair) => ({ mentorshipId: pair.id, decision: pair.suggested, reason: "" })),
    },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice({});
    const result = await closeYear(values);
    if (!result.ok) return showFailure(result, form.setError, setNotice);
    setNotice({ success: "Учебный год закрыт." });
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage error={notice.error} success={notice.success} />
      <Field id="close-date" label="Дата окончания работы пар" error={errors.endedOn?.message}>
        <input
          id="close-date"
          type="date"
          className={`${inputClass} max-w-xs`}
          aria-invalid={Boolean(errors.endedOn)}
          aria-describedby={describedBy("close-date", errors.endedOn?.message)}
          {...form.register("endedOn")}
        />
      </Field>
      <ol className="space-y-3">
        {pairs.map((pair, i) => {
          const error = errors.decisions?.[i]?.decision?.message;
          const errorId = `decision-${pair.id}-error`;
          return (
            <li key={pair.id} className="rounded-md border border-slate-200 p-3">
              <fieldset aria-describedby={error ? errorId : undefined}>
                <legend className="font-medium">{pair.label}</legend>
                <p className="text-sm text-slate-700">
                  {pair.status === "FORMING" ? "Формируется" : "Работает"}
                  {pair.status === "ACTIVE" && !pair.hasFinalMeeting && " · заключительной встречи ещё не было"}
                </p>
                <div className="flex flex-wrap gap-x-4">
                  {yearCloseDecisions.map((decision) => (
                    <label key={decision} className="flex min-h-10 items-center gap-2 text-sm">
                      <input
                        type="radio"
                        value={decision}
                        className="h-5 w-5"
                        disabled={decision === "CARRY_OVER" && !nextTitle}
                        {...form.register(`decisions.${i}.decision`)}
                      />
                      {decision === "CARRY_OVER" && nextTitle ? `Перенести в «${nextTitle}»` : yearCloseDecisionLabels[decision]}
                    </label>
                  ))}
                </div>
                <FieldError id={errorId} message={error} />
              </fieldset>
              <Field id={`reason-${pair.id}`} label="Итог или причина (необязательно)">
                <input id={`reason-${pair.id}`} className={inputClass} {...form.register(`decisions.${i}.reason`)} />
              </Field>
            </li>
          );
        })}
      </ol>
      <SubmitButton pending={isSubmitting} pendingLabel="Закрываем…">
        Закрыть учебный год
      </SubmitButton>
    </form>
  );
}
