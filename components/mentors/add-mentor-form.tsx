"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addMentor } from "@/lib/mentors/add-mentor";
import { addMentorSchema, type AddMentorInput, type MentorSource } from "@/lib/mentors/add-mentor-schema";
import { OutsideCategoryOptions, PartnerOptions } from "./select-options";
import { showFailure, type FormNotice } from "./show-result";

type Option = { id: string; label: string };
type Values = z.output<typeof addMentorSchema>;

const sourceLabels: Record<MentorSource, string> = {
  STAFF: "Педагог школы",
  PUPIL: "Старшеклассник (9–11 классы)",
  OUTSIDE: "Человек не из школы",
};

export function AddMentorForm({
  staff,
  pupils,
  partners,
}: {
  staff: Option[];
  pupils: Option[];
  partners: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError, setValue, watch } = useForm<AddMentorInput, unknown, Values>({
    resolver: zodResolver(addMentorSchema),
    defaultValues: { source: "STAFF", personId: "", lastName: "", firstName: "", middleName: "", birthDate: "", partnerId: "" },
  });
  const { errors, isSubmitting } = formState;
  const source = watch("source");
  const category = watch("category");

  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await addMentor(values);
    if (result.ok) {
      router.push(`/curator/mentors/${result.data.id}`);
      return;
    }
    showFailure(result, setError, setNotice);
  });

  const error = (name: keyof AddMentorInput) => errors[name]?.message as string | undefined;
  const aria = (name: keyof AddMentorInput) => ({
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": describedBy(name, error(name)),
  });
  const people = source === "STAFF" ? staff : pupils;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage error={notice.error} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Кого добавляете</legend>
        {(Object.keys(sourceLabels) as MentorSource[]).map((value) => (
          <label key={value} className="mt-1 flex min-h-10 items-center gap-2">
            <input
              type="radio"
              value={value}
              className="h-5 w-5"
              {...register("source", { onChange: () => setValue("personId", "") })}
            />
            {sourceLabels[value]}
          </label>
        ))}
      </fieldset>

      {source !== "OUTSIDE" ? (
        <Field
          id="personId"
          label={source === "STAFF" ? "Сотрудник" : "Ученик"}
          error={error("personId")}
          hint={people.length === 0 ? "Все подходящие люди уже в базе или контингент ещё не загружен." : undefined}
        >
          <select id="personId" className={inputClass} {...aria("personId")} {...register("personId")}>
            <option value="">— выберите —</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <>
          <div className="grid gap-3 sm:grid-cols-3">
            <Field id="lastName" label="Фамилия" error={error("lastName")}>
              <input id="lastName" autoComplete="off" className={inputClass} {...aria("lastName")} {...register("lastName")} />
            </Field>
            <Field id="firstName" label="Имя" error={error("firstName")}>
              <input id="firstName" autoComplete="off" className={inputClass} {...aria("firstName")} {...register("firstName")} />
            </Field>
            <Field id="middleName" label="Отчество" error={error("middleName")}>
              <input
                id="middleName"
                autoComplete="off"
                className={inputClass}
                {...aria("middleName")}
                {...register("middleName")}
              />
            </Field>
          </div>
          <Field id="birthDate" label="Дата рождения" error={error("birthDate")} hint="Необязательно">
            <input id="birthDate" type="date" className={inputClass} {...aria("birthDate")} {...register("birthDate")} />
          </Field>
          <Field id="category" label="Категория" error={error("category")}>
            <select
              id="category"
              className={inputClass}
              {...aria("category")}
              {...register("category", { setValueAs: (v) => v || undefined })}
            >
              <option value="">— выберите —</option>
              <OutsideCategoryOptions />
            </select>
          </Field>
          {category === "PARTNER_EMPLOYEE" && (
            <Field
              id="partnerId"
              label="Организация-партнёр"
              error={error("partnerId")}
              hint={partners.length === 0 ? "Сначала добавьте организацию в разделе «Организации-партнёры»." : undefined}
            >
              <select id="partnerId" className={inputClass} {...aria("partnerId")} {...register("partnerId")}>
                <PartnerOptions partners={partners} />
              </select>
            </Field>
          )}
          <p className="text-sm text-slate-700">
            Взрослому не из школы для работы с детьми нужна справка о несудимости: дату справки укажите в профиле наставника.
          </p>
        </>
      )}
      <SubmitButton pending={isSubmitting} pendingLabel="Добавляем…">
        Добавить наставника
      </SubmitButton>
    </form>
  );
}
