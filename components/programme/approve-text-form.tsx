"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { approveProgrammeText } from "@/lib/programme-document/approve-programme-text";
import { approveTextSchema, type ApproveTextInput } from "@/lib/programme-document/text-schemas";
import { zodResolver } from "@/lib/validation/zod-resolver";

type Name = Exclude<keyof ApproveTextInput, "versionId" | "seenUpdatedAt">;

/** «Рассмотрено» and «Утверждено»: the council's protocol and the director's order, as on the signed paper. */
export function ApproveTextForm({
  versionId,
  seenUpdatedAt,
  today,
}: {
  versionId: string;
  seenUpdatedAt: string;
  today: string;
}) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError } = useForm<ApproveTextInput, unknown, z.output<typeof approveTextSchema>>({
    resolver: zodResolver(approveTextSchema),
    defaultValues: {
      versionId,
      seenUpdatedAt,
      councilName: "Педагогическим советом",
      councilProtocol: "",
      councilDate: today,
      orderNumber: "",
      orderDate: today,
    },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await approveProgrammeText(values);
    if (!result.ok) return showFailure(result, setError, setNotice);
    setNotice({ success: `Версия ${result.data.number} утверждена.` });
    router.refresh();
  });
  const field = (name: Name, label: string, type = "text", hint?: string) => {
    const id = `approve-${name}`;
    const error = errors[name]?.message;
    return (
      <Field id={id} label={label} error={error} hint={hint}>
        <input
          id={id}
          type={type}
          className={inputClass}
          autoComplete="off"
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
      <input type="hidden" {...register("versionId")} />
      <fieldset className="space-y-3">
        <legend className="font-medium">Рассмотрено</legend>
        {field("councilName", "Кем рассмотрена", "text", "Например: Педагогическим советом")}
        <div className="grid gap-3 sm:grid-cols-2">
          {field("councilProtocol", "Номер протокола")}
          {field("councilDate", "Дата протокола", "date")}
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-medium">Утверждено</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {field("orderNumber", "Номер приказа", "text", "Как на подписанном приказе, например 131")}
          {field("orderDate", "Дата приказа", "date")}
        </div>
      </fieldset>
      <SubmitButton pending={isSubmitting} pendingLabel="Утверждаем…">
        Утвердить программу
      </SubmitButton>
    </form>
  );
}
