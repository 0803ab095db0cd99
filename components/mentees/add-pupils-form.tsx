"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { addPupilCandidates } from "@/lib/mentees/candidates";
import { addPupilsSchema, type AddPupilsInput } from "@/lib/mentees/mentee-schemas";
import { FieldError } from "@/components/ui/field";

interface ClassPupil {
  personId: string;
  name: string;
  inBase: boolean;
}

/** Pupils of one class with checkboxes; those already in the base are listed without one. */
export function AddPupilsForm({ classLabel, pupils }: { classLabel: string; pupils: ClassPupil[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const free = pupils.filter((p) => !p.inBase);
  const { register, handleSubmit, formState, setValue, reset } = useForm<
    AddPupilsInput,
    unknown,
    z.output<typeof addPupilsSchema>
  >({
    resolver: zodResolver(addPupilsSchema),
    defaultValues: { personIds: [] },
  });
  const error = formState.errors.personIds?.message;

  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await addPupilCandidates(values);
    if (result.ok) {
      reset({ personIds: [] });
      setMessage({ success: `Добавлено в базу наставляемых: ${result.data.added}.` });
      router.refresh();
      return;
    }
    setMessage({
      error: result.fieldErrors?.personIds?.[0] ? `${result.error} ${result.fieldErrors.personIds[0]}.` : result.error,
    });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={message.error} success={message.success} />
      {free.length > 0 && (
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            variant="secondary"
            onClick={() =>
              setValue(
                "personIds",
                free.map((p) => p.personId),
              )
            }
          >
            Отметить всех
          </Button>
          <Button type="button" variant="secondary" onClick={() => setValue("personIds", [])}>
            Снять отметки
          </Button>
        </div>
      )}
      <fieldset aria-describedby={error ? "personIds-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Ученики {classLabel} класса</legend>
        <ul className="mt-1 divide-y divide-slate-100">
          {pupils.map((p) => (
            <li key={p.personId}>
              {p.inBase ? (
                <p className="flex min-h-10 items-center gap-2 text-slate-700">
                  <span aria-hidden="true" className="inline-block h-5 w-5" />
                  {p.name} — уже в базе
                </p>
              ) : (
                <label className="flex min-h-10 items-center gap-2">
                  <input type="checkbox" value={p.personId} className="h-5 w-5" {...register("personIds")} />
                  {p.name}
                </label>
              )}
            </li>
          ))}
        </ul>
        <FieldError id="personIds-error" message={error} />
      </fieldset>
      {free.length > 0 ? (
        <SubmitButton pending={formState.isSubmitting} pendingLabel="Добавляем…">
          Добавить отмеченных в базу
        </SubmitButton>
      ) : (
        <p>Все ученики класса уже в базе наставляемых.</p>
      )}
    </form>
  );
}
