"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { itemStatusLabels } from "@/lib/roadmap/labels";
import { ownItemSchema, type OwnItemInput } from "@/lib/roadmap/own-item-schema";
import { updateOwnItem } from "@/lib/roadmap/update-own-item";

/** The responsible person's report on their item: status and result. */
export function OwnItemForm({ initial }: { initial: OwnItemInput }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState, reset, setError } = useForm<OwnItemInput, unknown, z.output<typeof ownItemSchema>>({
    resolver: zodResolver(ownItemSchema),
    defaultValues: initial,
  });
  const resultError = formState.errors.resultNote?.message;
  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await updateOwnItem(values);
    if (result.ok) {
      reset({ ...values, version: result.data.version });
      setMessage({ success: "Сохранено." });
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
      setError(field as keyof OwnItemInput, { message: messages[0] });
    setMessage({ error: result.error });
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={message.error} success={message.success} />
      <input type="hidden" {...register("itemId")} />
      <input type="hidden" {...register("version")} />
      <Field id="status" label="Статус">
        <select id="status" className={inputClass} {...register("status")}>
          {Object.entries(itemStatusLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="resultNote" label="Результат" error={resultError}>
        <textarea
          id="resultNote"
          rows={3}
          className={inputClass}
          aria-invalid={Boolean(resultError)}
          aria-describedby={describedBy("resultNote", resultError)}
          {...register("resultNote")}
        />
      </Field>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Сохраняем…">
        Сохранить
      </SubmitButton>
    </form>
  );
}
