"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { setAccountActive } from "@/lib/accounts/set-account-active";

export function AccountToggle({ userId, active, name }: { userId: string; active: boolean; name: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const onClick = () =>
    startTransition(async () => {
      const result = await setAccountActive({ userId, active: !active });
      setError(result.ok ? null : result.error);
    });
  return (
    <>
      <Button variant="secondary" onClick={onClick} disabled={pending} aria-label={`${active ? "Отключить" : "Включить"}: ${name}`}>
        {active ? "Отключить" : "Включить"}
      </Button>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </>
  );
}
