"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { setCasePublished } from "@/lib/cases/set-case-published";

/** Publishes the case on the school's public page, or takes it off. */
export function PublishCaseButton({ caseId, published }: { caseId: string; published: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const toggle = () =>
    startTransition(async () => {
      setError(null);
      const result = await setCasePublished({ caseId, publish: !published });
      if (!result.ok) return setError(result.error);
      router.refresh();
    });
  return (
    <div className="space-y-2">
      <FormMessage error={error} />
      <Button type="button" variant={published ? "secondary" : "primary"} disabled={pending} onClick={toggle}>
        {pending ? "Сохраняем…" : published ? "Снять с публикации" : "Опубликовать"}
      </Button>
    </div>
  );
}
