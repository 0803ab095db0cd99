import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "./field";

/** A group of checkboxes for one list field of a form, from a value → label map, with the group's error. */
export function CheckboxList<T extends string>({
  legend,
  labels,
  registration,
  error,
  columns = false,
}: {
  legend: string;
  labels: Record<T, string>;
  registration: UseFormRegisterReturn;
  error?: string;
  /** Lay the boxes out in a grid (long lists such as the week's times). */
  columns?: boolean;
}) {
  const errorId = `${registration.name}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className={columns ? "grid grid-cols-2 gap-x-4 sm:grid-cols-3" : "flex flex-wrap gap-x-4"}>
        {(Object.keys(labels) as T[]).map((value) => (
          <label key={value} className="mt-1 flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" value={value} className="h-5 w-5 shrink-0" {...registration} />
            {labels[value]}
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
