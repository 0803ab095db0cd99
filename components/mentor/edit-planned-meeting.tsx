"use client";

import { useState } from "react";
import { PlanMeetingForm, type PlannedMeetingValues } from "@/components/mentor/plan-meeting-form";
import { Button } from "@/components/ui/button";

/** «Изменить встречу»: the planning form, filled in with the planned meeting, opened on demand. */
export function EditPlannedMeeting({
  mentorshipId,
  today,
  meeting,
  label,
}: {
  mentorshipId: string;
  today: string;
  meeting: PlannedMeetingValues;
  label: string;
}) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button type="button" variant="ghost" onClick={() => setOpen(true)} aria-label={`Изменить встречу ${label}`}>
        Изменить встречу
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Изменение встречи ${label}`} className="mt-2 space-y-2 rounded-md border border-slate-200 p-3">
      <PlanMeetingForm mentorshipId={mentorshipId} today={today} suggestedType={meeting.type} meeting={meeting} />
      <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
        Закрыть
      </Button>
    </div>
  );
}
