"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { addMentor } from "@/lib/mentors/add-mentor";

/** Adds a mentee who wants to mentor to the base of mentors, as «Добавить наставника» does (a candidate to select). */
export function AddCandidateButton({ personId, source, name }: { personId: string; source: "PUPIL" | "STAFF"; name: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; mentorId?: string }>({});
  const [pending, startTransition] = useTransition();
  const add = () =>
    startTransition(async () => {
      const result = await addMentor({ source, personId });
      if (!result.ok) return setMessage({ error: result.error });
      setMessage({ mentorId: result.data.id });
      router.refresh();
    });
  if (message.mentorId) {
    return (
      <p role="status" className="text-sm text-green-800">
        Добавлен(а) в базу наставников.{" "}
        <a href={`/curator/mentors/${message.mentorId}`} className="text-blue-800 underline">
          Открыть карточку
        </a>
      </p>
    );
  }
  return (
    <div className="space-y-1">
      {message.error && (
        <p role="alert" className="text-sm text-red-800">
          {message.error}
        </p>
      )}
      <Button type="button" variant="secondary" disabled={pending} onClick={add} aria-label={`В базу наставников: ${name}`}>
        {pending ? "Добавляем…" : "В базу наставников"}
      </Button>
    </div>
  );
}
