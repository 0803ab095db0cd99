"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { publishConsentTextSchema, type PublishConsentTextInput } from "@/lib/consent/consent-schemas";
import { publishConsentText } from "@/lib/consent/publish-consent-text";
import type { ConsentPurpose } from "@/lib/generated/prisma/enums";

type Values = z.output<typeof publishConsentTextSchema>;

/** The curator edits the current text; saving publishes it as the next version. */
export function ConsentTextForm({ purpose, title, body }: { purpose: ConsentPurpose; title: string; body: string }) {
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState, setError } = useForm<PublishConsentTextInput, unknown, Values>({
    resolver: zodResolver(publishConsentTextSchema),
    defaultValues: { purpose, title, body },
  });
  const id = (name: string) => `text-${purpose}-${name}`;
  const error = (name: "title" | "body") => formState.errors[name]?.message;

  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await publishConsentText(values);
    if (result.ok) {
      setMessage({
        success: `Опубликована редакция ${result.data.version}. Ранее данные согласия остаются привязаны к своим редакциям.`,
      });
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as "title" | "body", { message: messages[0] });
    }
    setMessage({ error: result.error });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={message.error} success={message.success} />
      <Field id={id("title")} label="Название" error={error("title")}>
        <input
          id={id("title")}
          className={inputClass}
          aria-invalid={Boolean(error("title"))}
          aria-describedby={describedBy(id("title"), error("title"))}
          {...register("title")}
        />
      </Field>
      <Field id={id("body")} label="Текст" error={error("body")} hint="Абзацы разделяйте пустой строкой">
        <textarea
          id={id("body")}
          rows={12}
          className={inputClass}
          aria-invalid={Boolean(error("body"))}
          aria-describedby={describedBy(id("body"), error("body"))}
          {...register("body")}
        />
      </Field>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Публикуем…">
        Опубликовать новую редакцию
      </SubmitButton>
    </form>
  );
}
