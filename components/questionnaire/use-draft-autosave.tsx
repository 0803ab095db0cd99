"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { saveDraft } from "@/lib/questionnaires/save-draft";
import { formatInstant } from "@/lib/format/date";

type DraftState = { kind: "idle"; savedAt: Date | null } | { kind: "saving" } | { kind: "error"; message: string };

const DEBOUNCE_MS = 1000;

/** Saves the form's raw values as a draft a second after the last change, and at once when a field loses focus. */
export function useDraftAutosave({
  responseId,
  form,
  enabled,
  initialSavedAt,
}: {
  responseId: string;
  form: UseFormReturn<Record<string, unknown>>;
  enabled: boolean;
  initialSavedAt: Date | null;
}) {
  const [state, setState] = useState<DraftState>({ kind: "idle", savedAt: initialSavedAt });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirty = useRef(false);
  const stopped = useRef(false);

  const save = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!enabled || stopped.current || !dirty.current) return;
    dirty.current = false;
    setState({ kind: "saving" });
    const result = await saveDraft({ responseId, answers: form.getValues() });
    if (stopped.current) return;
    setState(result.ok ? { kind: "idle", savedAt: new Date(result.data.savedAt) } : { kind: "error", message: result.error });
  }, [enabled, form, responseId]);

  useEffect(() => {
    if (!enabled) return;
    const subscription = form.watch(() => {
      dirty.current = true;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
    });
    return () => {
      subscription.unsubscribe();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [enabled, form, save]);

  return {
    state,
    saveNow: () => void save(),
    /** While a submit is on its way, a late autosave must not race it. */
    stop: () => {
      stopped.current = true;
      if (timer.current) clearTimeout(timer.current);
    },
    resume: () => {
      stopped.current = false;
    },
  };
}

/** «Черновик сохранён в 14:32», announced politely to screen readers. */
export function DraftStatus({ state, timeZone }: { state: DraftState; timeZone: string }) {
  let text = "Ответы сохраняются как черновик, пока вы заполняете анкету.";
  if (state.kind === "saving") text = "Сохраняем черновик…";
  if (state.kind === "error") text = `Черновик не сохранён: ${state.message}`;
  if (state.kind === "idle" && state.savedAt) text = `Черновик сохранён в ${formatInstant(state.savedAt, timeZone, "time")}`;
  return (
    <p
      role="status"
      aria-live="polite"
      suppressHydrationWarning
      className={`text-sm ${state.kind === "error" ? "text-red-700" : "text-slate-600"}`}
    >
      {text}
    </p>
  );
}
