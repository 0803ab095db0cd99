"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { roadmapItemSchema, type RoadmapItemInput } from "@/lib/roadmap/item-schema";
import { itemStatusLabels } from "@/lib/roadmap/labels";
import { updateRoadmapItem } from "@/lib/roadmap/update-roadmap-item";

type Values = z.output<typeof roadmapItemSchema>;
type Current = Omit<RoadmapItemInput, "itemId"> & { responsible?: { displayName: string } | null };

export function RoadmapItemForm({
  initial,
  people,
}: {
  initial: RoadmapItemInput;
  people: { id: string; displayName: string }[];
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [current, setCurrent] = useState<Current | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<RoadmapItemInput, unknown, Values>({
    resolver: zodResolver(roadmapItemSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    setCurrent(null);
    const result = await updateRoadmapItem(values);
    if (result.ok) {
      reset({ ...values, version: result.data.version });
      setMessage({ success: result.data.changed ? "Изменения сохранены." : "Изменений нет." });
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
      setError(field as keyof RoadmapItemInput, { message: messages[0] });
    if (result.code === "CONFLICT" && result.details) {
      const fresh = (result.details as { current: Current }).current;
      setCurrent(fresh);
      // Keep the user's text in the form, but make the next save apply to the version they have now seen.
      reset({ ...values, version: fresh.version });
      router.refresh();
    }
    setMessage({ error: result.error });
  });

  const error = (name: keyof RoadmapItemInput) => errors[name]?.message as string | undefined;
  const aria = (name: keyof RoadmapItemInput) => ({
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": describedBy(name, error(name)),
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={message.error} success={message.success} />
      {current && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="current-values">
          <p className="font-medium">Сейчас в карте:</p>
          <p>Мероприятие: {current.title}</p>
          <p>Сроки: {current.deadlineLabel || "—"}</p>
          <p>Ответственный: {current.responsible?.displayName ?? "—"}</p>
          <p>Статус: {itemStatusLabels[current.status as keyof typeof itemStatusLabels]}</p>
        </div>
      )}
      <input type="hidden" {...register("itemId")} />
      <input type="hidden" {...register("version")} />
      <Field id="title" label="Мероприятие" error={error("title")}>
        <textarea id="title" rows={2} className={inputClass} {...aria("title")} {...register("title")} />
      </Field>
      <Field id="expectedResult" label="Задача / ожидаемый результат" error={error("expectedResult")}>
        <textarea
          id="expectedResult"
          rows={2}
          className={inputClass}
          {...aria("expectedResult")}
          {...register("expectedResult")}
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="deadlineLabel" label="Сроки" hint="Как в документе: «Декабрь 2026 – Март 2027»" error={error("deadlineLabel")}>
          <input id="deadlineLabel" className={inputClass} {...aria("deadlineLabel")} {...register("deadlineLabel")} />
        </Field>
        <Field id="dueOn" label="Крайний срок" error={error("dueOn")}>
          <input id="dueOn" type="date" className={inputClass} {...aria("dueOn")} {...register("dueOn")} />
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="responsibleId" label="Ответственный" error={error("responsibleId")}>
          <select id="responsibleId" className={inputClass} {...aria("responsibleId")} {...register("responsibleId")}>
            <option value="">— не назначен —</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
        </Field>
        <Field id="status" label="Статус" error={error("status")}>
          <select id="status" className={inputClass} {...aria("status")} {...register("status")}>
            {Object.entries(itemStatusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset aria-describedby={describedBy("coResponsibleIds", error("coResponsibleIds"))}>
        <legend className="text-sm font-medium text-slate-800">Соисполнители</legend>
        <div className="mt-1 max-h-48 overflow-y-auto rounded-md border border-slate-300 p-2">
          {people.map((p) => (
            <label key={p.id} className="flex min-h-9 items-center gap-2 text-sm">
              <input type="checkbox" value={p.id} className="h-5 w-5" {...register("coResponsibleIds")} />
              {p.displayName}
            </label>
          ))}
        </div>
        {error("coResponsibleIds") && (
          <p id="coResponsibleIds-error" role="alert" className="text-sm text-red-700">
            {error("coResponsibleIds")}
          </p>
        )}
      </fieldset>
      <Field id="resultNote" label="Результат" error={error("resultNote")}>
        <textarea id="resultNote" rows={3} className={inputClass} {...aria("resultNote")} {...register("resultNote")} />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Сохранить
      </SubmitButton>
    </form>
  );
}
