"use client";

import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ALLOWED_EVIDENCE_EXTENSIONS } from "@/lib/files/evidence-rules";
import { removeEvidence } from "@/lib/roadmap/evidence/remove-evidence";
import { uploadEvidence } from "@/lib/roadmap/evidence/upload-evidence";

export function EvidenceUpload({ itemId }: { itemId: string }) {
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await uploadEvidence(data);
      if (result.ok) {
        form.current?.reset();
        setMessage({ success: "Файл загружен." });
      } else setMessage({ error: result.fieldErrors?.file?.[0] ?? result.error });
    });
  };
  return (
    <form ref={form} method="post" encType="multipart/form-data" onSubmit={onSubmit} className="mt-3 space-y-2">
      <FormMessage error={message.error} success={message.success} />
      <input type="hidden" name="itemId" value={itemId} />
      <Field id="evidence-file" label="Добавить файл" hint="PDF, JPG, PNG, DOCX, XLSX или PPTX, до 10 МБ" error={message.error}>
        <input id="evidence-file" name="file" type="file" required accept={ALLOWED_EVIDENCE_EXTENSIONS.map((e) => `.${e}`).join(",")} className={inputClass} />
      </Field>
      <SubmitButton pending={pending} pendingLabel="Загружаем…">Загрузить</SubmitButton>
    </form>
  );
}

export function RemoveEvidenceButton({ evidenceId, fileName }: { evidenceId: string; fileName: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <Button
        variant="ghost"
        disabled={pending}
        aria-label={`Удалить файл ${fileName}`}
        onClick={() => startTransition(async () => {
          const result = await removeEvidence({ evidenceId });
          setError(result.ok ? null : result.error);
        })}
      >
        Удалить
      </Button>
      {error && <span role="alert" className="text-sm text-red-700">{error}</span>}
    </span>
  );
}
