import type { Guarded } from "@/lib/questionnaires/results/small-group";
import { formatNumber, hiddenLabel } from "./format";

export interface BarRow {
  label: string;
  value: Guarded<number>;
}

/**
 * Horizontal bars in plain HTML: each bar has its label and value as text, and the whole chart a spoken summary
 * (the figure's aria-label), so it reads the same with a screen reader. Hidden small groups get a note, not a bar.
 */
export function BarChart({ title, rows, max, unit }: { title: string; rows: BarRow[]; max: number; unit: string }) {
  const summary = `${title}: ${rows
    .map((r) => `${r.label} — ${r.value.shown ? `${formatNumber(r.value.value)} ${unit}` : hiddenLabel(r.value.respondents)}`)
    .join("; ")}`;
  return (
    <figure aria-label={summary} className="space-y-2">
      <figcaption className="text-sm font-medium text-slate-800">{title}</figcaption>
      {rows.map((row) => (
        <div key={row.label} className="space-y-1" aria-hidden="true">
          <div className="flex flex-wrap justify-between gap-x-2 text-sm">
            <span>{row.label}</span>
            <span className="font-medium">
              {row.value.shown ? `${formatNumber(row.value.value)} ${unit}` : hiddenLabel(row.value.respondents)}
            </span>
          </div>
          <div className="h-3 w-full overflow-hidden rounded bg-slate-200">
            {row.value.shown && (
              <div
                className="h-full rounded bg-blue-700"
                style={{ width: `${Math.max(0, Math.min(100, (row.value.value / max) * 100))}%` }}
              />
            )}
          </div>
        </div>
      ))}
    </figure>
  );
}
