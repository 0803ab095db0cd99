"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { finalEventSchema, type FinalEventInput } from "@/lib/final-event/final-event-schemas";
import { saveFinalEvent } from "@/lib/final-event/save-final-event";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** The final event's title, date and time (the school's clock) and place. */
export function FinalEventForm({ defaults }: { defaults: FinalEventInput }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const form = useForm<FinalEventInput, unknown, z.output<typeof finalEventSchema>>({
    resolver: zodResolver(finalEventSchema),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice({});
    const result = await saveFinalEvent(values);
    if (!result.ok) return showFailure(result, form.setError, setNotice);
    setNotice({ success: "Мероприятие сохранено" });
    router.refresh();
  });
  const input = (name: keyof FinalEventInput, label: string, type: string) => (
    <Field id={`event-${name}`} label={label} error={errors[name]?.message}>
      <input
        id={`event-${name}`}
        type={type}
        className={inputClass}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={describedBy(`event-${name}`, errors[name]?.message)}
        {...form.register(name)}
      />
    </Field>
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      {input("title", "Название", "text")}
      <div className="grid gap-3 sm:grid-cols-2">
        {input("date", "Дата", "date")}
        {input("time", "Время начала", "time")}
      </div>
      {input("place", "Место", "text")}
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Сохранить мероприятие
      </SubmitButton>
    </form>
  );
}
