import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** A GET form of labelled selects and a «Показать» button: the filters live in the address, so a view can be shared. */
export function RosterFilters({ children }: { children: ReactNode }) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
      {children}
      <Button type="submit" variant="secondary">
        Показать
      </Button>
    </form>
  );
}

export function FilterSelect({
  id,
  name,
  label,
  defaultValue,
  options,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className="rounded-md border border-slate-400 bg-white px-3 py-2">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
