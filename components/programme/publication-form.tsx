"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { mediaChannelLabels } from "@/lib/programme-document/labels";
import { savePublication } from "@/lib/programme-document/save-publication";
import { savePublicationSchema, type SavePublicationInput } from "@/lib/programme-document/team-schemas";
import { zodResolver } from "@/lib/validation/zod-resolver";

type Text = "title" | "plannedOn" | "responsible" | "publishedOn" | "url";

/** Plans a publication of the media plan, or (with `publication`) edits it and marks it published with its link. */
export function PublicationForm({ publication }: { publication?: SavePublicationInput & { id: string } }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError, reset } = useForm<
    SavePublicationInput,
    unknown,
    z.output<typeof savePublicationSchema>
  >({
    resolver: zodResolver(savePublicationSchema),
    defaultValues: publication ?? {
      id: "",
      channel: "SCHOOL_SITE",
      title: "",
      plannedOn: "",
      responsible: "",
      publishedOn: "",
      url: "",
    },
  });
  const { errors, isSubmitting } = formState;
  const prefix = publication ? `publication-${publication.id}-` : "publication-new-";
  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await savePublication(values);
    if (!result.ok) return showFailure(result, setError, setNotice);
    if (!publication) reset();
    setNotice({ success: publication ? "Сохранено." : "Публикация добавлена в медиаплан." });
    router.refresh();
  });
  const input = (name: Text, label: string, type = "text", hint?: string) => {
    const id = `${prefix}${name}`;
    const error = errors[name]?.message;
    return (
      <Field id={id} label={label} error={error} hint={hint}>
        <input
          id={id}
          type={type}
          className={inputClass}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy(id, error)}
          {...register(name)}
        />
      </Field>
    );
  };
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <input type="hidden" {...register("id")} />
      {input("title", "Тема публикации")}
      <Field id={`${prefix}channel`} label="Где" error={errors.channel?.message}>
        <select id={`${prefix}channel`} className={inputClass} {...register("channel")}>
          {Object.entries(mediaChannelLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        {input("plannedOn", "Плановая дата", "date")}
        {input("responsible", "Ответственный")}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {input("publishedOn", "Опубликовано (дата)", "date", "Когда публикация вышла")}
        {input("url", "Ссылка на публикацию", "url", "https://…")}
      </div>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        {publication ? "Сохранить" : "Добавить в медиаплан"}
      </SubmitButton>
    </form>
  );
}
