"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { RunButton } from "@/components/programme/run-button";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { acceptApplication } from "@/lib/applications/accept-application";
import { declineApplicationSchema, type DeclineApplicationInput } from "@/lib/applications/application-schemas";
import { declineApplication } from "@/lib/applications/decline-application";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** Accept into the base, or decline with a reason the applicant will read. */
export function DecideApplication({ applicationId, name }: { applicationId: string; name: string }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError } = useForm<
    DeclineApplicationInput,
    unknown,
    z.output<typeof declineApplicationSchema>
  >({ resolver: zodResolver(declineApplicationSchema), defaultValues: { applicationId, reason: "" } });
  const { errors, isSubmitting } = formState;
  const id = `decline-${applicationId}`;
  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await declineApplication(values);
    if (!result.ok) return showFailure(result, setError, setNotice);
    router.refresh();
  });
  return (
    <div className="mt-2 space-y-2">
      <RunButton variant="primary" label={`Принять в базу: ${name}`} run={() => acceptApplication({ applicationId })}>
        Принять в базу
      </RunButton>
      <details>
        <summary className="cursor-pointer text-sm text-blue-800 underline">Отклонить заявку: {name}</summary>
        <form method="post" onSubmit={onSubmit} noValidate className="mt-2 space-y-2">
          <FormMessage error={notice.error} />
          <input type="hidden" {...register("applicationId")} />
          <Field id={id} label="Причина отказа" hint="Её увидит тот, кто подал заявку" error={errors.reason?.message}>
            <textarea
              id={id}
              rows={2}
              className={inputClass}
              aria-invalid={Boolean(errors.reason)}
              aria-describedby={describedBy(id, errors.reason?.message)}
              {...register("reason")}
            />
          </Field>
          <SubmitButton pending={isSubmitting} pendingLabel="Отклоняем…">
            Отклонить
          </SubmitButton>
        </form>
      </details>
    </div>
  );
}
