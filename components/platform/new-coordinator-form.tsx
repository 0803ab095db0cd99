"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createCoordinatorAccount } from "@/lib/platform/create-coordinator-action";
import { newCoordinatorSchema, type NewCoordinator, type NewCoordinatorInput } from "@/lib/platform/new-coordinator-schema";
import { zodResolver } from "@/lib/validation/zod-resolver";

const fields: { name: Exclude<keyof NewCoordinatorInput, "municipalityId">; label: string; hint?: string }[] = [
  { name: "lastName", label: "Фамилия координатора" },
  { name: "firstName", label: "Имя координатора" },
  { name: "middleName", label: "Отчество координатора (если есть)" },
  { name: "login", label: "Логин координатора", hint: "Латинские буквы, цифры, точка, дефис." },
];

/** The operator's form: a coordinator's account in a municipality; the temporary password is shown once. */
export function NewCoordinatorForm({ municipalities }: { municipalities: { id: string; name: string }[] }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const [issued, setIssued] = useState<{ login: string; password: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<NewCoordinatorInput, unknown, NewCoordinator>({
    resolver: zodResolver(newCoordinatorSchema),
    defaultValues: { municipalityId: municipalities.length === 1 ? municipalities[0].id : "" },
  });
  const { errors } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    setIssued(null);
    const result = await createCoordinatorAccount(values);
    if (!result.ok) return showFailure(result, setError, setNotice);
    setNotice({ success: `Координатор муниципалитета «${result.data.municipalityName}» создан.` });
    setIssued({ login: result.data.login, password: result.data.password });
    reset();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      {issued && (
        <p className="rounded-md bg-blue-50 p-3" data-testid="coordinator-password">
          Логин <strong className="font-mono">{issued.login}</strong>, временный пароль (показывается один раз; координатор меняет
          его в профиле): <strong className="font-mono text-lg">{issued.password}</strong>
        </p>
      )}
      <Field id="coordinator-municipality" label="Муниципалитет координатора" error={errors.municipalityId?.message}>
        <select
          id="coordinator-municipality"
          className={inputClass}
          aria-invalid={Boolean(errors.municipalityId)}
          aria-describedby={describedBy("coordinator-municipality", errors.municipalityId?.message)}
          {...register("municipalityId")}
        >
          <option value="">Выберите</option>
          {municipalities.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </Field>
      {fields.map(({ name, label, hint }) => {
        const id = `coordinator-${name}`;
        const error = errors[name]?.message;
        return (
          <Field key={name} id={id} label={label} hint={hint} error={error}>
            <input
              id={id}
              className={inputClass}
              autoComplete="off"
              aria-invalid={Boolean(error)}
              aria-describedby={error ? describedBy(id, error) : hint ? `${id}-hint` : undefined}
              {...register(name)}
            />
          </Field>
        );
      })}
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Создаём…">
        Создать координатора
      </SubmitButton>
    </form>
  );
}
