"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { inviteGuestsSchema, type InviteGuestsInput } from "@/lib/final-event/final-event-schemas";
import { inviteGuests } from "@/lib/final-event/invite-guests";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** Who to invite: everyone of the programme's pairs and the director, all checked by default. */
export function InviteForm({ people }: { people: { personId: string; name: string; role: string; invited: boolean }[] }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const form = useForm<InviteGuestsInput, unknown, z.output<typeof inviteGuestsSchema>>({
    resolver: zodResolver(inviteGuestsSchema),
    defaultValues: { personIds: people.filter((p) => !p.invited).map((p) => p.personId) },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice({});
    const result = await inviteGuests(values);
    if (!result.ok) return showFailure(result, form.setError, setNotice);
    setNotice({ success: `Приглашено: ${result.data.invited}` });
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <fieldset aria-describedby={errors.personIds ? "invite-error" : undefined}>
        <legend className="text-sm font-medium">Кого пригласить</legend>
        <div className="grid sm:grid-cols-2">
          {people.map((p) => (
            <label key={p.personId} className="flex min-h-10 items-center gap-2 text-sm">
              <input
                type="checkbox"
                value={p.personId}
                className="h-5 w-5 shrink-0"
                disabled={p.invited}
                {...form.register("personIds")}
              />
              {p.name} ({p.role}){p.invited && " — приглашён(а)"}
            </label>
          ))}
        </div>
      </fieldset>
      <FieldError id="invite-error" message={errors.personIds?.message} />
      <SubmitButton pending={isSubmitting} pendingLabel="Отправляем…">
        Отправить приглашения
      </SubmitButton>
    </form>
  );
}
