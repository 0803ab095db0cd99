"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addYoungTeacher } from "@/lib/mentees/candidates";
import { addYoungTeacherSchema, type AddYoungTeacherInput } from "@/lib/mentees/mentee-schemas";

export function AddYoungTeacherForm({ teachers }: { teachers: { personId: string; label: string }[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState, setError, reset } = useForm<
    AddYoungTeacherInput,
    unknown,
    z.output<typeof addYoungTeacherSchema>
  >({
    resolver: zodResolver(addYoungTeacherSchema),
    defaultValues: { personId: "" },
  });
  const error = formState.errors.personId?.message;

  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await addYoungTeacher(values);
    if (result.ok) {
      reset({ personId: "" });
      setMessage({ success: "Педагог добавлен в базу наставляемых." });
      router.refresh();
      return;
    }
    if (result.fieldErrors?.personId) setError("personId", { message: result.fieldErrors.personId[0] });
    setMessage({ error: result.error });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={message.error} success={message.success} />
      <Field
        id="personId"
        label="Педагог"
        error={error}
        hint="В списке — работающие педагоги со стажем от 0 до 3 лет, которых ещё нет в базе."
      >
        <select
          id="personId"
          className={inputClass}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy("personId", error)}
          {...register("personId")}
        >
          <option value="">Выберите педагога</option>
          {teachers.map((t) => (
            <option key={t.personId} value={t.personId}>
              {t.label}
            </option>
          ))}
        </select>
      </Field>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Добавляем…">
        Добавить в базу
      </SubmitButton>
    </form>
  );
}
