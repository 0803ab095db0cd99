"use client";

import { useId, useState } from "react";
import { ActionButton } from "@/components/mentees/action-button";
import { inputClass } from "@/components/ui/field";
import { setRequestShared } from "@/lib/mentees/requests";

/**
 * The curator's control for one confidential fact: close it again, or open it to a mentor who leads the mentee now
 * (the only one, or the one picked from the list). The server re-checks who leads the mentee.
 */
export function ShareFactControl({
  requestId,
  kindLabel,
  shared,
  mentors,
}: {
  requestId: string;
  kindLabel: string;
  shared: boolean;
  mentors: { id: string; name: string }[];
}) {
  const selectId = useId();
  const [mentorId, setMentorId] = useState("");
  if (shared) {
    return (
      <ActionButton
        action={setRequestShared}
        input={{ requestId, shared: false }}
        label="Закрыть от наставника"
        accessibleLabel={`Закрыть от наставника: ${kindLabel}`}
      />
    );
  }
  if (mentors.length === 0) {
    return <p className="text-sm text-slate-700">Открыть наставнику нельзя: наставляемый сейчас не в паре или группе.</p>;
  }
  if (mentors.length === 1) {
    return (
      <ActionButton
        action={setRequestShared}
        input={{ requestId, shared: true, mentorId: mentors[0].id }}
        label={`Открыть наставнику: ${mentors[0].name}`}
        accessibleLabel={`Открыть наставнику: ${mentors[0].name} — ${kindLabel}`}
      />
    );
  }
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="space-y-1">
        <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
          Кому открыть: {kindLabel}
        </label>
        <select id={selectId} className={inputClass} value={mentorId} onChange={(event) => setMentorId(event.target.value)}>
          <option value="">Выберите наставника</option>
          {mentors.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <ActionButton
        action={setRequestShared}
        input={{ requestId, shared: true, mentorId }}
        label="Открыть наставнику"
        accessibleLabel={`Открыть наставнику: ${kindLabel}`}
      />
    </div>
  );
}
