"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { fileReplacementPetition } from "@/lib/petitions/file-replacement-petition";
import { filePetitionSchema, type FilePetitionInput } from "@/lib/petitions/petition-schemas";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** «Попросить заменить наставника»: the petition to the director, folded away until opened. */
export function PetitionForm({
  mentorshipId,
  menteeId,
  forChild,
}: {
  mentorshipId: string;
  menteeId: string;
  forChild?: string;
}) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError } = useForm<
    FilePetitionInput,
    unknown,
    z.output<typeof filePetitionSchema>
  >({
    resolver: zodResolver(filePetitionSchema),
    defaultValues: { mentorshipId, menteeId, reason: "" },
  });
  const { errors, isSubmitting } = formState;
  const id = `petition-${mentorshipId}-${menteeId}`;
  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await fileReplacementPetition(values);
    if (!result.ok) return showFailure(result, setError, setNotice);
    router.refresh();
  });
  return (
    <details className="mt-3 rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium text-blue-800">
        Попросить заменить наставника{forChild && ` (${forChild})`}
      </summary>
      <form method="post" onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
        <p className="text-sm text-slate-700">
          Ходатайство рассмотрит директор школы. Если его одобрят, куратор подберёт нового наставника.
        </p>
        <FormMessage error={notice.error} />
        <Field id={id} label="Почему нужна замена" error={errors.reason?.message}>
          <textarea
            id={id}
            rows={3}
            className={inputClass}
            aria-invalid={Boolean(errors.reason)}
            aria-describedby={describedBy(id, errors.reason?.message)}
            {...register("reason")}
          />
        </Field>
        <SubmitButton pending={isSubmitting} pendingLabel="Отправляем…">
          Отправить ходатайство
        </SubmitButton>
      </form>
    </details>
  );
}
