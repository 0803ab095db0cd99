"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { MAX_EVIDENCE_BYTES } from "@/lib/files/evidence-rules";
import { ALLOWED_SCAN_EXTENSIONS } from "@/lib/files/scan-rules";
import { checkFileSize, UPLOAD_FAILED } from "@/lib/files/upload-limits";
import { attachOrderScan } from "@/lib/orders/attach-order-scan";

/** Uploads the scan of the signed paper order (PDF or a photo, checked by content on the server). */
export function OrderScanForm({ orderId, replacing }: { orderId: string; replacing: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<{ error?: string; success?: string }>({});
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const tooBig = checkFileSize(data.get("file") as File | null, MAX_EVIDENCE_BYTES, "10 МБ");
    if (tooBig) return setNotice({ error: tooBig });
    startTransition(async () => {
      const result = await attachOrderScan(data).catch(() => ({
        ok: false as const,
        error: UPLOAD_FAILED,
        fieldErrors: undefined,
      }));
      if (!result.ok) return setNotice({ error: result.fieldErrors?.file?.[0] ?? result.error });
      form.reset();
      setNotice({ success: "Скан приложен." });
      router.refresh();
    });
  };
  return (
    <form method="post" encType="multipart/form-data" onSubmit={onSubmit} className="space-y-2">
      <FormMessage error={notice.error} success={notice.success} />
      <input type="hidden" name="orderId" value={orderId} />
      <Field
        id="order-scan"
        label={replacing ? "Заменить скан подписанного приказа" : "Скан подписанного приказа"}
        hint="PDF, JPG или PNG, до 10 МБ"
        error={notice.error}
      >
        <input
          id="order-scan"
          name="file"
          type="file"
          required
          accept={ALLOWED_SCAN_EXTENSIONS.map((e) => `.${e}`).join(",")}
          className={inputClass}
          aria-invalid={Boolean(notice.error)}
          aria-describedby={describedBy("order-scan", notice.error)}
        />
      </Field>
      <SubmitButton pending={pending} pendingLabel="Загружаем…">
        Приложить скан
      </SubmitButton>
    </form>
  );
}
