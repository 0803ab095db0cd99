"use client";

import type { UseFormRegister } from "react-hook-form";
import { inputClass } from "@/components/ui/field";
import type { QuestionnaireView } from "@/lib/questionnaires/get-questionnaire";

type Question = QuestionnaireView["template"]["questions"][number];

/** The control for one question, by its type; radio and checkbox targets are at least 40 px for fingers. */
export function QuestionInput({
  question: q,
  register,
  invalid,
  errorId,
}: {
  question: Question;
  register: UseFormRegister<Record<string, unknown>>;
  invalid: boolean;
  errorId: string;
}) {
  const aria = { "aria-invalid": invalid, "aria-describedby": invalid ? errorId : undefined };
  if (q.type === "TEXT") {
    return <textarea aria-label={q.text} rows={3} className={`${inputClass} mt-2`} {...aria} {...register(q.id)} />;
  }
  if (q.type === "NUMBER") {
    return (
      <input
        type="number"
        inputMode="decimal"
        step="any"
        min={q.scaleMin ?? undefined}
        max={q.scaleMax ?? undefined}
        aria-label={q.text}
        className={`${inputClass} mt-2 max-w-40`}
        {...aria}
        {...register(q.id)}
      />
    );
  }
  if (q.type === "DATE") {
    return <input type="date" aria-label={q.text} className={`${inputClass} mt-2 max-w-52`} {...aria} {...register(q.id)} />;
  }
  if (q.type === "SCALE") {
    const min = q.scaleMin ?? 1;
    const max = q.scaleMax ?? 10;
    const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    return (
      <div className="mt-2">
        <div className="flex flex-wrap gap-1">
          {values.map((value) => (
            <label key={value} className="relative">
              <input type="radio" value={value} className="peer sr-only" {...register(q.id)} />
              <span className="flex h-11 w-11 cursor-pointer items-center justify-center rounded-md border border-slate-400 peer-checked:border-blue-700 peer-checked:bg-blue-700 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-700">
                {value}
              </span>
            </label>
          ))}
        </div>
        {(q.minLabel || q.maxLabel) && (
          <p className="mt-1 flex flex-wrap justify-between gap-x-4 text-sm text-slate-600">
            <span>
              {min} — {q.minLabel}
            </span>
            <span>
              {max} — {q.maxLabel}
            </span>
          </p>
        )}
      </div>
    );
  }
  const type = q.type === "SINGLE_CHOICE" ? "radio" : "checkbox";
  return (
    <div className="mt-2 space-y-1">
      {q.options.map((option) => (
        <label key={option} className="flex min-h-10 items-center gap-2 break-words">
          <input type={type} value={option} className="h-5 w-5 shrink-0" {...register(q.id)} />
          {option}
        </label>
      ))}
    </div>
  );
}
