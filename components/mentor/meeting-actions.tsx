"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { deleteMeeting } from "@/lib/mentorships/delete-meeting";
import { type CorrectedMeeting, MeetingForm } from "./meeting-form";

/** «Исправить» and «Удалить» under a meeting the mentor logged in the last MEETING_EDIT_DAYS days. */
export function MeetingActions({
  mentorshipId,
  mentees,
  meeting,
}: {
  mentorshipId: string;
  mentees: { id: string; name: string }[];
  meeting: CorrectedMeeting & { label: string };
}) {
  const [mode, setMode] = useState<"idle" | "edit" | "delete">("idle");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (mode === "edit") {
    return (
      <section aria-label={`Исправить встречу ${meeting.label}`} className="mt-2 rounded-md border border-slate-200 p-3">
        <MeetingForm
          mentorshipId={mentorshipId}
          mentees={mentees}
          meeting={meeting}
          today={meeting.values.heldOn}
          onDone={() => setMode("idle")}
        />
      </section>
    );
  }
  if (mode === "delete") {
    return (
      <div role="alert" className="mt-2 space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm">
        <p>Удалить встречу {meeting.label}? В истории пары останется запись об удалении.</p>
        <FormMessage error={error} />
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              const result = await deleteMeeting({ meetingId: meeting.id });
              setBusy(false);
              if (!result.ok) setError(result.error);
            }}
          >
            Да, удалить
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setError(null);
              setMode("idle");
            }}
          >
            Отмена
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="mt-1 flex flex-wrap gap-2">
      <Button type="button" variant="ghost" aria-label={`Исправить встречу ${meeting.label}`} onClick={() => setMode("edit")}>
        Исправить
      </Button>
      <Button type="button" variant="ghost" aria-label={`Удалить встречу ${meeting.label}`} onClick={() => setMode("delete")}>
        Удалить
      </Button>
    </div>
  );
}
