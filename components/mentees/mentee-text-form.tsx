"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { menteeTextSchema, type MenteeTextInput } from "@/lib/mentees/mentee-schemas";
import { setMenteeRequestText } from "@/lib/mentees/requests";

export function MenteeTextForm({ personId, request }: { personId: string; request: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState } = useForm<MenteeTextInput, unknown, z.output<typeof menteeTextSchema>>({
    resolver: zodResolver(menteeTextSchema),
    defaultValues: { personId, request },
  });
  const error = formState.errors.request?.message;

  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await setMenteeRequestText(values);
    if (result.ok) {
      setMessage({ success: "Сохранено." });
      router.refresh();
    } else setMessage({ error: result.fieldErrors?.request?.[0] ?? result.error });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-2">
      <FormMessage error={message.error} success={message.success} />
      <input type="hidden" {...register("personId")} />
      <Field id="request" label="Запрос своими словами" error={error}>
        <textarea
          id="request"
          rows={3}
          className={inputClass}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy("request", error)}
          {...register("request")}
        />
      </Field>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Сохраняем…">
        Сохранить запрос
      </SubmitButton>
    </form>
  );
}
