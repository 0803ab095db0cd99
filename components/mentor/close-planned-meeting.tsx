"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";
import { closePlannedMeeting } from "@/lib/mentorships/close-planned-meeting";

/** Cancel a planned meeting or record that it did not take place, with a reason. */
export function ClosePlannedMeeting({ id, label }: { id: string; label: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <Button type="button" variant="ghost" onClick={() => setOpen(true)}>
        Отменить или отметить «не состоялась»
      </Button>
    );
  }
  async function close(status: "CANCELLED" | "NOT_HELD") {
    const result = await closePlannedMeeting({ plannedMeetingId: id, status, reason });
    if (result.ok) setOpen(false);
    else setError(result.fieldErrors?.reason?.[0] ?? result.error);
  }
  return (
    <div className="mt-2 space-y-2">
      <label htmlFor={`reason-${id}`} className="block text-sm font-medium">
        Причина ({label})
      </label>
      <input
        id={`reason-${id}`}
        className={inputClass}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `reason-${id}-error` : undefined}
      />
      <FieldError id={`reason-${id}-error`} message={error} />
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={() => close("CANCELLED")}>
          Отменить встречу
        </Button>
        <Button type="button" variant="secondary" onClick={() => close("NOT_HELD")}>
          Не состоялась
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          Закрыть
        </Button>
      </div>
    </div>
  );
}
