"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { proposalSchema, type ProposalInput } from "@/lib/plans/plan-schema";
import { proposePlanChange } from "@/lib/plans/propose-plan-change";

/** The mentee proposes a new task under a goal of their plan, or a new goal; the mentor decides. */
export function ProposeChangeForm({ planId, goals }: { planId: string; goals: { id: string; title: string }[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState, reset, setError } = useForm<ProposalInput>({
    resolver: zodResolver(proposalSchema),
    defaultValues: { planId, goalId: goals[0]?.id ?? "", title: "", dueOn: "", comment: "" },
  });
  const { errors, isSubmitting } = formState;
  const error = (name: keyof ProposalInput) => errors[name]?.message as string | undefined;
  const field = (name: keyof ProposalInput) => ({
    id: `propose-${planId}-${name}`,
    className: inputClass,
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": describedBy(`propose-${planId}-${name}`, error(name)),
    ...register(name),
  });
  return (
    <form
      method="post"
      noValidate
      className="space-y-3"
      onSubmit={handleSubmit(async (values) => {
        setMessage({});
        const result = await proposePlanChange(values);
        if (result.ok) {
          reset({ ...values, title: "", dueOn: "", comment: "" });
          setMessage({ success: "Предложение отправлено наставнику." });
          router.refresh();
          return;
        }
        for (const [name, messages] of Object.entries(result.fieldErrors ?? {})) {
          setError(name as keyof ProposalInput, { message: messages[0] });
        }
        setMessage({ error: result.error });
      })}
    >
      <FormMessage error={message.error} success={message.success} />
      <Field id={`propose-${planId}-goalId`} label="Куда" error={error("goalId")}>
        <select {...field("goalId")}>
          {goals.map((g) => (
            <option key={g.id} value={g.id}>
              Задача к цели «{g.title}»
            </option>
          ))}
          <option value="">Новая цель</option>
        </select>
      </Field>
      <Field id={`propose-${planId}-title`} label="Что предлагаю" error={error("title")}>
        <input {...field("title")} />
      </Field>
      <Field id={`propose-${planId}-dueOn`} label="Срок (если нужен)" error={error("dueOn")}>
        <input type="date" {...field("dueOn")} />
      </Field>
      <Field id={`propose-${planId}-comment`} label="Комментарий" error={error("comment")}>
        <textarea rows={2} {...field("comment")} />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Отправляем…">
        Предложить изменение
      </SubmitButton>
    </form>
  );
}
