"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { replaceMentorSchema, type ReplaceMentorInput } from "@/lib/matching/draft/draft-schemas";
import { replaceDraftMentor } from "@/lib/matching/draft/replace-draft-mentor";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** Gives the draft's mentee another mentor, chosen among the fitting mentors with free places, best score first. */
export function ReplaceMentorForm({
  version,
  rowId,
  menteeName,
  alternatives,
}: {
  version: number;
  rowId: string;
  menteeName: string;
  alternatives: { mentorId: string; name: string; total: number }[];
}) {
  const router = useRouter();
  const [error, setErrorText] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<ReplaceMentorInput, unknown, z.output<typeof replaceMentorSchema>>({
    resolver: zodResolver(replaceMentorSchema),
    values: { version, rowId, mentorId: "" },
  });
  if (alternatives.length === 0) return null;
  const id = `replace-${rowId}`;
  const message = error ?? formState.errors.mentorId?.message;

  const onSubmit = handleSubmit(async (values) => {
    setErrorText(null);
    const result = await replaceDraftMentor(values);
    if (result.ok) router.refresh();
    else setErrorText(result.fieldErrors?.mentorId?.[0] ?? result.error);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <input type="hidden" {...register("version")} />
      <input type="hidden" {...register("rowId")} />
      <div>
        <label htmlFor={id} className="sr-only">
          Другой наставник для: {menteeName}
        </label>
        <select
          id={id}
          className="min-h-10 rounded-md border border-slate-400 bg-white px-2 text-sm"
          aria-invalid={Boolean(message)}
          aria-describedby={message ? `${id}-error` : undefined}
          {...register("mentorId")}
        >
          <option value="">Другой наставник…</option>
          {alternatives.map((option) => (
            <option key={option.mentorId} value={option.mentorId}>
              {option.name} — {option.total}
            </option>
          ))}
        </select>
      </div>
      <Button
        type="submit"
        variant="secondary"
        disabled={formState.isSubmitting}
        aria-label={`Заменить наставника: ${menteeName}`}
      >
        Заменить
      </Button>
      <FieldError id={`${id}-error`} message={message} className="w-full" />
    </form>
  );
}
