import type { ReactNode } from "react";

/** A labelled control with its hint and its error, wired for screen readers. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** The message next to a field or a group of fields; `id` is what the control's aria-describedby names. */
export function FieldError({ id, message, className = "" }: { id: string; message?: string | null; className?: string }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className={`text-sm text-red-700 ${className}`}>
      {message}
    </p>
  );
}

export const inputClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-600";

export function describedBy(id: string, error?: string) {
  return error ? `${id}-error` : undefined;
}
