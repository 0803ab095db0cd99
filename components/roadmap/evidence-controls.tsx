"use client";

import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ALLOWED_EVIDENCE_EXTENSIONS, MAX_EVIDENCE_BYTES } from "@/lib/files/evidence-rules";
import { checkFileSize, UPLOAD_FAILED } from "@/lib/files/upload-limits";
import { removeEvidence } from "@/lib/roadmap/evidence/remove-evidence";
import { uploadEvidence } from "@/lib/roadmap/evidence/upload-evidence";

export function EvidenceUpload({ itemId }: { itemId: string }) {
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const tooBig = checkFileSize(data.get("file") as File | null, MAX_EVIDENCE_BYTES, "10 МБ");
    if (tooBig) return setMessage({ error: tooBig });
    startTransition(async () => {
      const result = await uploadEvidence(data).catch(() => ({
        ok: false as const,
        error: UPLOAD_FAILED,
        fieldErrors: { file: [UPLOAD_FAILED] },
      }));
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
        <input
          id="evidence-file"
          name="file"
          type="file"
          required
          accept={ALLOWED_EVIDENCE_EXTENSIONS.map((e) => `.${e}`).join(",")}
          className={inputClass}
          aria-invalid={Boolean(message.error)}
          aria-describedby={describedBy("evidence-file", message.error)}
        />
      </Field>
      <SubmitButton pending={pending} pendingLabel="Загружаем…">
        Загрузить
      </SubmitButton>
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
        onClick={() =>
          startTransition(async () => {
            const result = await removeEvidence({ evidenceId });
            setError(result.ok ? null : result.error);
          })
        }
      >
        Удалить
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
