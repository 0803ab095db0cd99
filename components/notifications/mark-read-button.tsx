"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";

/** «Прочитано» for one notice, or «Отметить все прочитанными» without an id. */
export function MarkReadButton({ notificationId, label }: { notificationId?: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await markNotificationsRead({ notificationId });
            if (!result.ok) setError(result.error);
            else router.refresh();
          })
        }
      >
        {label}
      </Button>
      {error && <FormMessage error={error} />}
    </>
  );
}
