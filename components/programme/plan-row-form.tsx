"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { savePlanRow } from "@/lib/programme-document/save-plan-row";
import { savePlanRowSchema, type SavePlanRowInput } from "@/lib/programme-document/plan-schemas";
import { itemStatusLabels } from "@/lib/roadmap/labels";
import { zodResolver } from "@/lib/validation/zod-resolver";

type Text = "title" | "task" | "period" | "responsible" | "result";

/** Adds a row to a plan (work plan or a module plan), or edits one when `row` is given. */
export function PlanRowForm({
  plan,
  row,
  withTask,
  responsibleList,
}: {
  plan: SavePlanRowInput["plan"];
  row?: SavePlanRowInput;
  withTask: boolean;
  /** The id of a datalist of the working group, offered in «Ответственный». */
  responsibleList?: string;
}) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError, reset } = useForm<
    SavePlanRowInput,
    unknown,
    z.output<typeof savePlanRowSchema>
  >({
    resolver: zodResolver(savePlanRowSchema),
    defaultValues: row ?? { plan, id: "", title: "", task: "", period: "", responsible: "", status: "PLANNED", result: "" },
  });
  const { errors, isSubmitting } = formState;
  const prefix = `plan-${plan}-${row?.id || "new"}-`;
  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await savePlanRow(values);
    if (!result.ok) return showFailure(result, setError, setNotice);
    if (!row) reset();
    setNotice({ success: row ? "Сохранено." : "Мероприятие добавлено." });
    router.refresh();
  });
  const input = (name: Text, label: string, multiline = false) => {
    const id = `${prefix}${name}`;
    const error = errors[name]?.message;
    const props = {
      id,
      className: inputClass,
      "aria-invalid": Boolean(error),
      "aria-describedby": describedBy(id, error),
      ...register(name),
    };
    return (
      <Field id={id} label={label} error={error}>
        {multiline ? (
          <textarea rows={2} {...props} />
        ) : (
          <input list={name === "responsible" ? responsibleList : undefined} autoComplete="off" {...props} />
        )}
      </Field>
    );
  };
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <input type="hidden" {...register("plan")} />
      <input type="hidden" {...register("id")} />
      {input("title", "Мероприятие", true)}
      {withTask && input("task", "Задача", true)}
      <div className="grid gap-3 sm:grid-cols-2">
        {input("period", "Срок или период")}
        {input("responsible", "Ответственный")}
      </div>
      <Field id={`${prefix}status`} label="Статус" error={errors.status?.message}>
        <select id={`${prefix}status`} className={inputClass} {...register("status")}>
          {Object.entries(itemStatusLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      {input("result", "Результат", true)}
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        {row ? "Сохранить" : "Добавить мероприятие"}
      </SubmitButton>
    </form>
  );
}
