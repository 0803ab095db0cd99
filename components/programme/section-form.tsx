"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { saveProgrammeSection } from "@/lib/programme-document/save-programme-section";
import type { PlainSectionKey } from "@/lib/programme-document/sections-schema";

type Section = { section: PlainSectionKey } | { section: "expectedResults" | "roleModels"; form: MentoringForm };

/**
 * One section of the programme's text. Saving an approved version makes a new draft, which the note above the form says.
 * The version the form was opened on goes with the text, so an edit over someone else's newer one is refused.
 */
export function SectionForm({
  id,
  label,
  hint,
  value,
  versionId,
  rows = 6,
  target,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  versionId: string;
  rows?: number;
  target: Section;
}) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError } = useForm<{ text: string }>({ defaultValues: { text: value } });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async ({ text }) => {
    setNotice({});
    const result = await saveProgrammeSection({ ...target, versionId, text });
    if (!result.ok) return showFailure(result, setError, setNotice);
    setNotice({ success: result.data.created ? `Сохранено как новая версия ${result.data.number}.` : "Сохранено." });
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-2">
      <FormMessage error={notice.error} success={notice.success} />
      <Field id={id} label={label} hint={hint} error={errors.text?.message}>
        <textarea
          id={id}
          rows={rows}
          className={inputClass}
          aria-invalid={Boolean(errors.text)}
          aria-describedby={describedBy(id, errors.text?.message)}
          {...register("text")}
        />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Сохранить раздел
      </SubmitButton>
    </form>
  );
}
