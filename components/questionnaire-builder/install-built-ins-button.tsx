"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { installBuiltInTemplates } from "@/lib/questionnaires/install-built-in-templates";

export function InstallBuiltInsButton({ missing }: { missing: number }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});

  async function install() {
    setPending(true);
    setMessage({});
    const result = await installBuiltInTemplates({});
    setPending(false);
    if (!result.ok) {
      setMessage({ error: result.error });
      return;
    }
    const count = result.data.installed.length;
    setMessage({ success: count ? `Добавлено встроенных шаблонов: ${count}.` : "Все встроенные шаблоны уже есть." });
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <Button type="button" onClick={install} disabled={pending || missing === 0}>
        {pending ? "Добавляем…" : "Добавить встроенные шаблоны"}
      </Button>
      {missing === 0 && !message.success && <p className="text-sm text-slate-600">Все встроенные шаблоны уже добавлены.</p>}
      <FormMessage error={message.error} success={message.success} />
    </div>
  );
}
