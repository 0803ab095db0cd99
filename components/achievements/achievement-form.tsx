"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { achievementFields, type AchievementValues } from "@/lib/achievements/achievement-schema";
import {
  achievementKindLabels,
  achievementKinds,
  achievementLevelLabels,
  achievementLevels,
  achievementResultLabels,
  achievementResults,
} from "@/lib/achievements/labels";
import { recordAchievement } from "@/lib/achievements/record-achievement";
import { ALLOWED_EVIDENCE_EXTENSIONS, MAX_EVIDENCE_BYTES } from "@/lib/files/evidence-rules";
import { checkFileSize, UPLOAD_FAILED } from "@/lib/files/upload-limits";
import { zodResolver } from "@/lib/validation/zod-resolver";

type Field = keyof AchievementValues | "file";

/** Records an olympiad, a competition, a project or an event of a mentee of the pair, with an optional evidence file. */
export function AchievementForm({
  mentorshipId,
  mentees,
  today,
}: {
  mentorshipId: string;
  mentees: { id: string; name: string }[];
  today: string;
}) {
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [fileError, setFileError] = useState<string>();
  const { register, handleSubmit, formState, reset, setError } = useForm<AchievementValues>({
    resolver: zodResolver(achievementFields),
    defaultValues: {
      mentorshipId,
      menteeId: mentees.length === 1 ? mentees[0].id : "",
      kind: "OLYMPIAD",
      title: "",
      level: "SCHOOL",
      result: "PARTICIPANT",
      achievedOn: today,
    },
  });
  const { errors, isSubmitting } = formState;
  const error = (name: Field) => (name === "file" ? fileError : (errors[name]?.message as string | undefined));
  const aria = (name: Field) => ({
    "aria-invalid": Boolean(error(name)),
    "aria-describedby": describedBy(`achievement-${name}`, error(name)),
  });

  const onSubmit = handleSubmit(async (values, event) => {
    setMessage({});
    setFileError(undefined);
    const fileInput = (event?.target as HTMLFormElement | undefined)?.elements.namedItem("file") as HTMLInputElement | null;
    const file = fileInput?.files?.[0] ?? null;
    const tooBig = checkFileSize(file, MAX_EVIDENCE_BYTES, "10 МБ");
    if (tooBig) return setFileError(tooBig);
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) data.set(key, String(value));
    if (file) data.set("file", file);
    const result = await recordAchievement(data).catch(() => ({
      ok: false as const,
      error: UPLOAD_FAILED,
      fieldErrors: { file: [UPLOAD_FAILED] } as Record<string, string[]>,
    }));
    if (result.ok) {
      reset({ ...values, title: "" });
      if (fileInput) fileInput.value = "";
      setMessage({ success: "Достижение записано." });
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "file") setFileError(messages[0]);
      else setError(field as keyof AchievementValues, { message: messages[0] });
    }
    setMessage({ error: result.error });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={message.error} success={message.success} />
      <input type="hidden" {...register("mentorshipId")} />
      <Field id="achievement-menteeId" label="Наставляемый" error={error("menteeId")}>
        <select id="achievement-menteeId" className={inputClass} {...aria("menteeId")} {...register("menteeId")}>
          {mentees.length > 1 && <option value="">Выберите…</option>}
          {mentees.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="achievement-kind" label="Вид" error={error("kind")}>
        <select id="achievement-kind" className={inputClass} {...aria("kind")} {...register("kind")}>
          {achievementKinds.map((k) => (
            <option key={k} value={k}>
              {achievementKindLabels[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="achievement-title" label="Название" error={error("title")} hint="Например: школьный этап ВсОШ по математике">
        <input id="achievement-title" className={inputClass} {...aria("title")} {...register("title")} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="achievement-level" label="Уровень" error={error("level")}>
          <select id="achievement-level" className={inputClass} {...aria("level")} {...register("level")}>
            {achievementLevels.map((l) => (
              <option key={l} value={l}>
                {achievementLevelLabels[l]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="achievement-result" label="Результат" error={error("result")}>
          <select id="achievement-result" className={inputClass} {...aria("result")} {...register("result")}>
            {achievementResults.map((r) => (
              <option key={r} value={r}>
                {achievementResultLabels[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="achievement-achievedOn" label="Дата" error={error("achievedOn")}>
          <input
            id="achievement-achievedOn"
            type="date"
            className={inputClass}
            {...aria("achievedOn")}
            {...register("achievedOn")}
          />
        </Field>
      </div>
      <Field
        id="achievement-file"
        label="Подтверждающий документ (диплом, грамота, сертификат)"
        hint="Необязательно. PDF, JPG, PNG, DOCX, XLSX или PPTX, до 10 МБ"
        error={error("file")}
      >
        <input
          id="achievement-file"
          name="file"
          type="file"
          accept={ALLOWED_EVIDENCE_EXTENSIONS.map((e) => `.${e}`).join(",")}
          className={inputClass}
          {...aria("file")}
        />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Записать достижение
      </SubmitButton>
    </form>
  );
}
