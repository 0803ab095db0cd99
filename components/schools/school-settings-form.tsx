"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { schoolSettingsSchema, type SchoolSettingsInput } from "@/lib/schools/school-settings-schema";
import { SCHOOL_TIME_ZONES } from "@/lib/schools/time-zones";
import { updateSchoolSettings } from "@/lib/schools/update-school-settings";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** The school's time zone, picked from Russia's zones. */
export function SchoolSettingsForm({ initial }: { initial: SchoolSettingsInput }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState, setError } = useForm<SchoolSettingsInput>({
    resolver: zodResolver(schoolSettingsSchema),
    defaultValues: initial,
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await updateSchoolSettings(values);
    if (result.ok) {
      setMessage({ success: "Часовой пояс сохранён: даты и время в приложении показываются в нём." });
      router.refresh();
      return;
    }
    const fieldError = result.fieldErrors?.timeZone?.[0];
    if (fieldError) setError("timeZone", { message: fieldError });
    setMessage({ error: result.error });
  });
  const error = formState.errors.timeZone?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={message.error} success={message.success} />
      <Field
        id="timeZone"
        label="Часовой пояс школы"
        error={error}
        hint="В нём показываются время загрузки файлов, комментариев, ответов и считается «сегодня»."
      >
        <select
          id="timeZone"
          className={inputClass}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? describedBy("timeZone", error) : "timeZone-hint"}
          {...register("timeZone")}
        >
          {SCHOOL_TIME_ZONES.map((zone) => (
            <option key={zone.id} value={zone.id}>
              {zone.label}
            </option>
          ))}
        </select>
      </Field>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Сохраняем…">
        Сохранить
      </SubmitButton>
    </form>
  );
}
