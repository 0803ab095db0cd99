"use client";

import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, FieldError, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  publicApplicantCategories,
  publicApplicationSchema,
  type PublicApplicationInput,
} from "@/lib/applications/application-schemas";
import { submitPublicApplication } from "@/lib/applications/submit-public-application";
import { mentorCategoryLabels } from "@/lib/mentors/labels";
import { zodResolver } from "@/lib/validation/zod-resolver";

type TextField = "lastName" | "firstName" | "middleName" | "email" | "phone";

const textFields: { name: TextField; label: string; type?: string; autoComplete: string; hint?: string }[] = [
  { name: "lastName", label: "Фамилия", autoComplete: "family-name" },
  { name: "firstName", label: "Имя", autoComplete: "given-name" },
  { name: "middleName", label: "Отчество (если есть)", autoComplete: "additional-name" },
  { name: "email", label: "Электронная почта", type: "email", autoComplete: "email", hint: "Куратор напишет вам сюда" },
  { name: "phone", label: "Телефон (необязательно)", type: "tel", autoComplete: "tel" },
];

/** An adult from outside the school offers to be a mentor: name, contacts, who they are, what they can help with. */
export function PublicApplicationForm({ schoolSlug, consentTextId }: { schoolSlug: string; consentTextId: string }) {
  const [notice, setNotice] = useState<FormNotice>({});
  const [statusLink, setStatusLink] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<
    PublicApplicationInput,
    unknown,
    z.output<typeof publicApplicationSchema>
  >({
    resolver: zodResolver(publicApplicationSchema),
    defaultValues: { schoolSlug, consentTextId, lastName: "", firstName: "", middleName: "", email: "", phone: "", text: "" },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await submitPublicApplication(values);
    if (!result.ok) return showFailure(result, setError, setNotice);
    setStatusLink(`/application-status?t=${encodeURIComponent(result.data.statusToken)}`);
  });

  if (statusLink) {
    return (
      <div role="status" className="space-y-3">
        <p className="font-medium">Заявка отправлена куратору программы.</p>
        <p>
          Сохраните эту ссылку: по ней вы узнаете решение куратора. Больше её нигде не показать — мы храним только её отпечаток.
        </p>
        <Link href={statusLink} className="break-all text-blue-800 underline">
          Статус моей заявки
        </Link>
      </div>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} />
      {textFields.map(({ name, label, type, autoComplete, hint }) => (
        <Field key={name} id={`apply-${name}`} label={label} hint={hint} error={errors[name]?.message}>
          <input
            id={`apply-${name}`}
            type={type ?? "text"}
            autoComplete={autoComplete}
            className={inputClass}
            aria-invalid={Boolean(errors[name])}
            aria-describedby={describedBy(`apply-${name}`, errors[name]?.message)}
            {...register(name)}
          />
        </Field>
      ))}
      <Field id="apply-category" label="Кто вы" error={errors.category?.message}>
        <select
          id="apply-category"
          className={inputClass}
          aria-invalid={Boolean(errors.category)}
          aria-describedby={describedBy("apply-category", errors.category?.message)}
          {...register("category")}
        >
          <option value="">Выберите</option>
          {publicApplicantCategories.map((category) => (
            <option key={category} value={category}>
              {mentorCategoryLabels[category]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="apply-text"
        label="Чем вы можете помочь ученикам или педагогам"
        hint="Ваш опыт, увлечения, профессия; сколько времени готовы уделять"
        error={errors.text?.message}
      >
        <textarea
          id="apply-text"
          rows={5}
          className={inputClass}
          aria-invalid={Boolean(errors.text)}
          aria-describedby={describedBy("apply-text", errors.text?.message)}
          {...register("text")}
        />
      </Field>
      <div>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            className="mt-1 size-5"
            aria-invalid={Boolean(errors.consent)}
            aria-describedby={describedBy("apply-consent", errors.consent?.message)}
            {...register("consent")}
          />
          <span>Даю согласие на обработку моих персональных данных на условиях текста согласия выше</span>
        </label>
        <FieldError id="apply-consent-error" message={errors.consent?.message} />
      </div>
      <SubmitButton pending={isSubmitting} pendingLabel="Отправляем…">
        Отправить заявку
      </SubmitButton>
    </form>
  );
}
