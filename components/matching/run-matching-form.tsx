"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { runMatchingSchema, type RunMatchingInput } from "@/lib/matching/draft/draft-schemas";
import { runMatching } from "@/lib/matching/draft/run-matching";
import { matchingObjectives, objectiveLabels, type MatchingObjective } from "@/lib/matching/optimiser/types";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** Runs the cohort optimiser over everyone waiting; accepted pairs stay, proposals not yet accepted are made anew. */
export function RunMatchingForm({ version, objective }: { version: number; objective: MatchingObjective }) {
  const router = useRouter();
  const [notice, setNotice] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState } = useForm<RunMatchingInput, unknown, z.output<typeof runMatchingSchema>>({
    resolver: zodResolver(runMatchingSchema),
    values: { version, objective },
  });

  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await runMatching(values);
    if (!result.ok) return setNotice({ error: result.error });
    const { proposed, unmatched, totalScore } = result.data;
    setNotice({ success: `Предложено пар: ${proposed}, без пары: ${unmatched}, суммарный балл: ${totalScore}.` });
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <input type="hidden" {...register("version")} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Цель подбора</legend>
        {matchingObjectives.map((value) => (
          <label key={value} className="flex min-h-10 items-center gap-2 text-sm">
            <input type="radio" value={value} className="h-5 w-5" {...register("objective")} />
            {objectiveLabels[value]}
          </label>
        ))}
      </fieldset>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Подбираем…">
        Подобрать пары
      </SubmitButton>
    </form>
  );
}
