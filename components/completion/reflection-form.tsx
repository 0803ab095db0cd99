"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { reflectionSchema, type ReflectionInput } from "@/lib/completion/completion-schemas";
import { saveReflection } from "@/lib/completion/save-reflection";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** A short reflection: one's own (mentor or mentee) or the group's (its mentor). */
export function ReflectionForm({ defaults }: { defaults: ReflectionInput }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const form = useForm<ReflectionInput, unknown, z.output<typeof reflectionSchema>>({
    resolver: zodResolver(reflectionSchema),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = form.formState;
  const id = (name: string) => `reflection-${defaults.kind}-${name}`;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice({});
    const result = await saveReflection(values);
    if (!result.ok) return showFailure(result, form.setError, setNotice);
    setNotice({ success: "Рефлексия сохранена" });
    router.refresh();
  });
  const text = (name: "achieved" | "difficulties" | "nextSteps", label: string) => (
    <Field id={id(name)} label={label} error={errors[name]?.message}>
      <textarea
        id={id(name)}
        rows={3}
        className={inputClass}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={describedBy(id(name), errors[name]?.message)}
        {...form.register(name)}
      />
    </Field>
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      {text("achieved", defaults.kind === "GROUP" ? "Что получилось у группы" : "Что у меня получилось")}
      {text("difficulties", "Что было трудно (необязательно)")}
      {text("nextSteps", "Что дальше (необязательно)")}
      <Field id={id("usefulness")} label="Насколько полезной была работа, от 1 до 10" error={errors.usefulness?.message}>
        <input
          id={id("usefulness")}
          type="number"
          min={1}
          max={10}
          className={`${inputClass} w-24`}
          aria-invalid={Boolean(errors.usefulness)}
          aria-describedby={describedBy(id("usefulness"), errors.usefulness?.message)}
          {...form.register("usefulness")}
        />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        {defaults.kind === "GROUP" ? "Сохранить рефлексию группы" : "Сохранить мою рефлексию"}
      </SubmitButton>
    </form>
  );
}
