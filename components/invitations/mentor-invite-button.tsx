"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { issueMentorInvitation } from "@/lib/invitations/issue-account-invitation";
import { useShowSheet } from "./invitations-workspace";

/** A code for an outside mentor (role «Наставник»); the printable code replaces the page. */
export function MentorInviteButton({ personId, name }: { personId: string; name: string }) {
  const showSheet = useShowSheet();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const issue = () =>
    startTransition(async () => {
      setError(null);
      const result = await issueMentorInvitation({ personId });
      if (result.ok) showSheet(result.data);
      else setError(result.error);
    });
  return (
    <>
      <Button variant="secondary" disabled={pending} onClick={issue} aria-label={`Выдать код наставнику: ${name}`}>
        Выдать код
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </>
  );
}
