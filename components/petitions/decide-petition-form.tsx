"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { decideReplacementPetition } from "@/lib/petitions/decide-replacement-petition";
import { decidePetitionSchema, type DecidePetitionInput } from "@/lib/petitions/petition-schemas";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** The director's decision on one petition: approve, or refuse with the reason. */
export function DecidePetitionForm({ petitionId, menteeName }: { petitionId: string; menteeName: string }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const form = useForm<DecidePetitionInput, unknown, z.output<typeof decidePetitionSchema>>({
    resolver: zodResolver(decidePetitionSchema),
    defaultValues: { petitionId, decision: "APPROVE", comment: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const id = `decision-${petitionId}`;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice({});
    const result = await decideReplacementPetition(values);
    if (!result.ok) return showFailure(result, form.setError, setNotice);
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-2 space-y-2" aria-label={`Решение: ${menteeName}`}>
      <FormMessage error={notice.error} />
      <fieldset className="flex flex-wrap gap-4">
        <legend className="sr-only">Решение по ходатайству</legend>
        <label className="flex min-h-10 items-center gap-2">
          <input type="radio" value="APPROVE" className="h-5 w-5" {...form.register("decision")} /> Одобрить замену
        </label>
        <label className="flex min-h-10 items-center gap-2">
          <input type="radio" value="REJECT" className="h-5 w-5" {...form.register("decision")} /> Отказать
        </label>
      </fieldset>
      <Field id={id} label="Комментарий (при отказе — обязательно)" error={errors.comment?.message}>
        <textarea
          id={id}
          rows={2}
          className={inputClass}
          aria-invalid={Boolean(errors.comment)}
          aria-describedby={describedBy(id, errors.comment?.message)}
          {...form.register("comment")}
        />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Принять решение
      </SubmitButton>
    </form>
  );
}
