"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createCase } from "@/lib/cases/create-case";
import { createCaseSchema, type CreateCaseInput } from "@/lib/cases/case-schema";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** «Написать кейс»: the curator picks a pair or group; the case opens in its editor with the pair's facts. */
export function CreateCaseForm({ pairs }: { pairs: { id: string; label: string }[] }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const form = useForm<CreateCaseInput, unknown, z.output<typeof createCaseSchema>>({
    resolver: zodResolver(createCaseSchema),
    defaultValues: { mentorshipId: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice({});
    const result = await createCase(values);
    if (!result.ok) return showFailure(result, form.setError, setNotice);
    router.push(`/curator/cases/${result.data.id}`);
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} />
      <Field id="case-pair" label="Пара или группа" error={errors.mentorshipId?.message}>
        <select
          id="case-pair"
          className={inputClass}
          aria-invalid={Boolean(errors.mentorshipId)}
          aria-describedby={describedBy("case-pair", errors.mentorshipId?.message)}
          {...form.register("mentorshipId")}
        >
          <option value="">— выберите —</option>
          {pairs.map((pair) => (
            <option key={pair.id} value={pair.id}>
              {pair.label}
            </option>
          ))}
        </select>
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Создаём…">
        Написать кейс
      </SubmitButton>
    </form>
  );
}
