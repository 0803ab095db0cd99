"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addResource } from "@/lib/programme-document/add-resource";
import { resourceKindLabels, resourceSourceLabels } from "@/lib/programme-document/labels";
import { addResourceSchema, type AddResourceInput } from "@/lib/programme-document/team-schemas";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** Adds a resource of the programme: kind, what it is, its source. */
export function ResourceForm() {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError, reset } = useForm<
    AddResourceInput,
    unknown,
    z.output<typeof addResourceSchema>
  >({
    resolver: zodResolver(addResourceSchema),
    defaultValues: { kind: "STAFF", title: "", source: "INTERNAL", details: "" },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await addResource(values);
    if (!result.ok) return showFailure(result, setError, setNotice);
    reset();
    setNotice({ success: "Ресурс добавлен." });
    router.refresh();
  });
  const select = (name: "kind" | "source", label: string, options: Record<string, string>) => (
    <Field id={`resource-${name}`} label={label} error={errors[name]?.message}>
      <select
        id={`resource-${name}`}
        className={inputClass}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={describedBy(`resource-${name}`, errors[name]?.message)}
        {...register(name)}
      >
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
  const input = (name: "title" | "details", label: string) => (
    <Field id={`resource-${name}`} label={label} error={errors[name]?.message}>
      <input
        id={`resource-${name}`}
        className={inputClass}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={describedBy(`resource-${name}`, errors[name]?.message)}
        {...register(name)}
      />
    </Field>
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      {select("kind", "Вид ресурса", resourceKindLabels)}
      {input("title", "Ресурс")}
      {select("source", "Источник", resourceSourceLabels)}
      {input("details", "Подробности (необязательно)")}
      <SubmitButton pending={isSubmitting} pendingLabel="Добавляем…">
        Добавить ресурс
      </SubmitButton>
    </form>
  );
}
