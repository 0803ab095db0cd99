"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { completePair } from "@/lib/completion/complete-pair";
import { completePairSchema } from "@/lib/completion/completion-schemas";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** The curator completes a pair whose required steps are done. */
export function CompletePairForm({ mentorshipId, pairName, today }: { mentorshipId: string; pairName: string; today: string }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const form = useForm<z.input<typeof completePairSchema>, unknown, z.output<typeof completePairSchema>>({
    resolver: zodResolver(completePairSchema),
    defaultValues: { mentorshipId, endedOn: today },
  });
  const { errors, isSubmitting } = form.formState;
  const id = `complete-date-${mentorshipId}`;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice({});
    const result = await completePair(values);
    if (!result.ok) return showFailure(result, form.setError, setNotice);
    router.refresh();
  });
  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="mt-2 flex flex-wrap items-end gap-2"
      aria-label={`Завершить: ${pairName}`}
    >
      <FormMessage error={notice.error} />
      <Field id={id} label="Дата завершения" error={errors.endedOn?.message}>
        <input
          id={id}
          type="date"
          className={inputClass}
          aria-invalid={Boolean(errors.endedOn)}
          aria-describedby={describedBy(id, errors.endedOn?.message)}
          {...form.register("endedOn")}
        />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Завершаем…">
        Завершить работу пары
      </SubmitButton>
    </form>
  );
}
