"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addTeamMember } from "@/lib/programme-document/add-team-member";
import { teamRoleLabels } from "@/lib/programme-document/labels";
import { addTeamMemberSchema, type AddTeamMemberInput } from "@/lib/programme-document/team-schemas";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** Adds a member of staff to the working group with a role in the programme. */
export function TeamMemberForm({ candidates }: { candidates: { id: string; label: string }[] }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError, reset } = useForm<
    AddTeamMemberInput,
    unknown,
    z.output<typeof addTeamMemberSchema>
  >({ resolver: zodResolver(addTeamMemberSchema), defaultValues: { personId: "", role: "MEMBER", duties: "" } });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await addTeamMember(values);
    if (!result.ok) return showFailure(result, setError, setNotice);
    reset();
    setNotice({ success: "Участник рабочей группы добавлен." });
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <Field id="team-person" label="Сотрудник" error={errors.personId?.message}>
        <select
          id="team-person"
          className={inputClass}
          aria-invalid={Boolean(errors.personId)}
          aria-describedby={describedBy("team-person", errors.personId?.message)}
          {...register("personId")}
        >
          <option value="">Выберите сотрудника</option>
          {candidates.map((person) => (
            <option key={person.id} value={person.id}>
              {person.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="team-role" label="Роль в программе" error={errors.role?.message}>
        <select
          id="team-role"
          className={inputClass}
          aria-invalid={Boolean(errors.role)}
          aria-describedby={describedBy("team-role", errors.role?.message)}
          {...register("role")}
        >
          {Object.entries(teamRoleLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="team-duties" label="Обязанности (необязательно)" error={errors.duties?.message}>
        <input
          id="team-duties"
          className={inputClass}
          aria-invalid={Boolean(errors.duties)}
          aria-describedby={describedBy("team-duties", errors.duties?.message)}
          {...register("duties")}
        />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Добавляем…">
        Добавить в рабочую группу
      </SubmitButton>
    </form>
  );
}
