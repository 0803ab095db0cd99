"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addRoadmapItem } from "@/lib/roadmap/change-stage-items";
import { addItemSchema, type AddItemInput } from "@/lib/roadmap/item-structure-schemas";

export function AddItemForm({ stageId, stagePosition }: { stageId: string; stagePosition: number }) {
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState, reset, setError } = useForm<AddItemInput, unknown, z.output<typeof addItemSchema>>({
    resolver: zodResolver(addItemSchema),
    defaultValues: { stageId, title: "", deadlineLabel: "", dueOn: "" },
  });
  const id = (name: string) => `add-${stagePosition}-${name}`;
  const titleError = formState.errors.title?.message;
  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await addRoadmapItem(values);
    if (result.ok) {
      reset({ stageId, title: "", deadlineLabel: "", dueOn: "" });
      return setMessage({ success: `Пункт ${result.data.code} добавлен.` });
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
      setError(field as keyof AddItemInput, { message: messages[0] });
    setMessage({ error: result.error });
  });
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm font-medium text-blue-800">Добавить пункт в этап {stagePosition}</summary>
      <form method="post" onSubmit={onSubmit} noValidate className="mt-2 space-y-2 rounded-md bg-slate-50 p-3">
        <FormMessage error={message.error} success={message.success} />
        <input type="hidden" {...register("stageId")} />
        <Field id={id("title")} label="Мероприятие" error={titleError}>
          <input
            id={id("title")}
            className={inputClass}
            aria-invalid={Boolean(titleError)}
            aria-describedby={describedBy(id("title"), titleError)}
            {...register("title")}
          />
        </Field>
        <div className="grid gap-2 sm:grid-cols-2">
          <Field id={id("deadline")} label="Сроки">
            <input id={id("deadline")} className={inputClass} {...register("deadlineLabel")} />
          </Field>
          <Field id={id("due")} label="Крайний срок" error={formState.errors.dueOn?.message}>
            <input id={id("due")} type="date" className={inputClass} {...register("dueOn")} />
          </Field>
        </div>
        <SubmitButton pending={formState.isSubmitting} pendingLabel="Добавляем…">
          Добавить
        </SubmitButton>
      </form>
    </details>
  );
}
