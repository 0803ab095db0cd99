"use client";

import { useState } from "react";
import { FormMessage } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { setShownContact } from "@/lib/plans/set-shown-contact";

/** The contact the mentor shows to their mentees and parents. */
export function ShownContactForm({ contact }: { contact: string }) {
  const [value, setValue] = useState(contact);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  return (
    <form
      method="post"
      className="space-y-2"
      onSubmit={async (e) => {
        e.preventDefault();
        setPending(true);
        const result = await setShownContact({ contact: value });
        setPending(false);
        setMessage(result.ok ? { success: "Сохранено." } : { error: result.fieldErrors?.contact?.[0] ?? result.error });
      }}
    >
      <FormMessage error={message.error} success={message.success} />
      <label htmlFor="shown-contact" className="block text-sm font-medium">
        Контакт для наставляемых и родителей (телефон, почта, мессенджер)
      </label>
      <input id="shown-contact" className={inputClass} value={value} onChange={(e) => setValue(e.target.value)} />
      <SubmitButton pending={pending} pendingLabel="Сохраняем…">
        Сохранить контакт
      </SubmitButton>
    </form>
  );
}
