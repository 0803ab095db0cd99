"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { setAccountRolesSchema, STAFF_ROLES, type SetAccountRolesInput, type StaffRole } from "@/lib/accounts/account-schema";
import { setAccountRoles } from "@/lib/accounts/set-account-roles";
import { roleLabels } from "@/lib/auth/roles";
import { FieldError } from "@/components/ui/field";

/** The account's staff roles in this school as checkboxes; pupil and parent roles are not changed here. */
export function AccountRolesForm({
  userId,
  name,
  roles,
  onDone,
}: {
  userId: string;
  name: string;
  roles: StaffRole[];
  onDone: () => void;
}) {
  const [error, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<SetAccountRolesInput>({
    resolver: zodResolver(setAccountRolesSchema),
    defaultValues: { userId, roles },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await setAccountRoles(values);
    if (result.ok) return onDone();
    const message = result.fieldErrors?.roles?.[0];
    if (message) setError("roles", { message });
    setFormError(result.error);
  });
  const fieldError = formState.errors.roles?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2 rounded-md bg-slate-50 p-3">
      <FormMessage error={error} />
      <fieldset aria-describedby={fieldError ? `roles-${userId}-error` : undefined}>
        <legend className="text-sm font-medium">Роли в школе: {name}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {STAFF_ROLES.map((role) => (
            <label key={role} className="flex items-center gap-1 text-sm">
              <input type="checkbox" value={role} {...register("roles")} />
              {roleLabels[role]}
            </label>
          ))}
        </div>
        <FieldError id={`roles-${userId}-error`} message={fieldError} />
      </fieldset>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Сохраняем…">
        Сохранить роли
      </SubmitButton>
    </form>
  );
}
