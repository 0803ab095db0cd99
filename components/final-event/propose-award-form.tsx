"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { proposeAwardSchema, type ProposeAwardInput } from "@/lib/final-event/final-event-schemas";
import { proposeAward } from "@/lib/final-event/propose-award";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** The curator proposes an award to a mentor (the first of the ranking by default); the director decides. */
export function ProposeAwardForm({ mentors }: { mentors: { id: string; label: string }[] }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const form = useForm<ProposeAwardInput, unknown, z.output<typeof proposeAwardSchema>>({
    resolver: zodResolver(proposeAwardSchema),
    defaultValues: { mentorId: mentors[0]?.id ?? "", nomination: "", text: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice({});
    const result = await proposeAward(values);
    if (!result.ok) return showFailure(result, form.setError, setNotice);
    setNotice({ success: "Предложение передано директору" });
    form.reset({ mentorId: values.mentorId, nomination: "", text: "" });
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <Field id="award-mentor" label="Наставник" error={errors.mentorId?.message}>
        <select
          id="award-mentor"
          className={inputClass}
          aria-invalid={Boolean(errors.mentorId)}
          aria-describedby={describedBy("award-mentor", errors.mentorId?.message)}
          {...form.register("mentorId")}
        >
          {mentors.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="award-nomination" label="Номинация" hint="Например, «Лучший наставник года»" error={errors.nomination?.message}>
        <input
          id="award-nomination"
          className={inputClass}
          aria-invalid={Boolean(errors.nomination)}
          aria-describedby={describedBy("award-nomination", errors.nomination?.message)}
          {...form.register("nomination")}
        />
      </Field>
      <Field id="award-text" label="Текст благодарности" error={errors.text?.message}>
        <textarea
          id="award-text"
          rows={3}
          className={inputClass}
          aria-invalid={Boolean(errors.text)}
          aria-describedby={describedBy("award-text", errors.text?.message)}
          {...form.register("text")}
        />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Отправляем…">
        Предложить награду
      </SubmitButton>
    </form>
  );
}
