"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { partnerSchema, type PartnerInput } from "@/lib/mentors/partner-schema";
import { savePartner } from "@/lib/mentors/save-partner";
import { showFailure, type FormNotice } from "./show-result";

/** Adds a partner organisation, or edits one when `partner` is given. */
export function PartnerForm({
  partner,
}: {
  partner?: { id: string; name: string; contact: string | null; agreement: string | null };
}) {
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError, reset } = useForm<PartnerInput, unknown, z.output<typeof partnerSchema>>({
    resolver: zodResolver(partnerSchema),
    defaultValues: {
      partnerId: partner?.id ?? "",
      name: partner?.name ?? "",
      contact: partner?.contact ?? "",
      agreement: partner?.agreement ?? "",
    },
  });
  const { errors, isSubmitting } = formState;
  // Ids stay unique when several edit forms share the page.
  const prefix = partner ? `partner-${partner.id}-` : "partner-new-";

  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await savePartner(values);
    if (!result.ok) return showFailure(result, setError, setNotice);
    if (!partner) reset();
    setNotice({ success: partner ? "Сохранено." : "Организация добавлена." });
  });

  const field = (name: "name" | "contact" | "agreement", label: string, hint?: string) => {
    const id = `${prefix}${name}`;
    const error = errors[name]?.message;
    return (
      <Field id={id} label={label} error={error} hint={hint}>
        <input
          id={id}
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
      <input type="hidden" {...register("partnerId")} />
      {field("name", "Название организации")}
      {field("contact", "Контактное лицо и телефон")}
      {field("agreement", "Соглашение о сотрудничестве", "Номер и дата, если заключено")}
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        {partner ? "Сохранить" : "Добавить организацию"}
      </SubmitButton>
    </form>
  );
}
