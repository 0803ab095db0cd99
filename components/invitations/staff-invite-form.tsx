"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { STAFF_ROLES } from "@/lib/accounts/account-schema";
import { roleLabels } from "@/lib/auth/roles";
import { inviteStaffSchema, type InviteStaffInput } from "@/lib/invitations/invitation-schema";
import { issueStaffInvitation } from "@/lib/invitations/issue-account-invitation";
import { useShowSheet } from "./invitations-workspace";

/** The roles a member of staff's account will get, then «Выдать код»: the printable code replaces the page. */
export function StaffInviteForm({ personId, name }: { personId: string; name: string }) {
  const showSheet = useShowSheet();
  const [error, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<InviteStaffInput>({
    resolver: zodResolver(inviteStaffSchema),
    defaultValues: { personId, roles: [] },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await issueStaffInvitation(values);
    if (result.ok) return showSheet(result.data);
    const message = result.fieldErrors?.roles?.[0];
    if (message) setError("roles", { message });
    setFormError(result.error);
  });
  const fieldError = formState.errors.roles?.message;
  const errorId = `invite-${personId}-error`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormMessage error={error} />
      <fieldset aria-describedby={fieldError ? errorId : undefined}>
        <legend className="sr-only">Роли для {name}</legend>
        <div className="flex flex-wrap gap-3">
          {STAFF_ROLES.map((role) => (
            <label key={role} className="flex items-center gap-1 text-sm">
              <input type="checkbox" value={role} aria-label={`${roleLabels[role]}: ${name}`} {...register("roles")} />
              {roleLabels[role]}
            </label>
          ))}
        </div>
        {fieldError && (
          <p id={errorId} role="alert" className="text-sm text-red-700">
            {fieldError}
          </p>
        )}
      </fieldset>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Выдаём…">
        Выдать код
      </SubmitButton>
    </form>
  );
}
