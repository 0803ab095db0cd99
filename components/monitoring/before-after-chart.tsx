import type { GrowthFigures } from "@/lib/monitoring/summarise-growth";
import type { Guarded } from "@/lib/questionnaires/results/small-group";
import { formatDelta, formatNumber, hiddenLabel } from "./format";

export interface BeforeAfterRow {
  label: string;
  figures: Guarded<GrowthFigures>;
}

/** A pair of bars per group — «до» and «после» — on a scale shared by the chart, with the numbers as text. */
export function BeforeAfterChart({ title, rows }: { title: string; rows: BeforeAfterRow[] }) {
  const shown = rows.flatMap((r) => (r.figures.shown ? [r.figures.value.before, r.figures.value.after] : []));
  const max = Math.max(...shown, 0) || 1;
  const summary = `${title}: ${rows
    .map((r) =>
      r.figures.shown
        ? `${r.label} — до ${formatNumber(r.figures.value.before)}, после ${formatNumber(r.figures.value.after)}`
        : `${r.label} — ${hiddenLabel(r.figures.respondents)}`,
    )
    .join("; ")}`;
  const bar = (value: number, colour: string, caption: string) => (
    <div className="flex items-center gap-2">
      <span className="w-14 shrink-0 text-xs text-slate-700">{caption}</span>
      <div className="h-3 flex-1 overflow-hidden rounded bg-slate-200">
        <div className={`h-full rounded ${colour}`} style={{ width: `${Math.max(0, Math.min(100, (value / max) * 100))}%` }} />
      </div>
      <span className="w-12 shrink-0 text-right text-sm">{formatNumber(value)}</span>
    </div>
  );
  return (
    <figure aria-label={summary} className="space-y-3">
      <figcaption className="sr-only">{title}</figcaption>
      {rows.map((row) => (
        <div key={row.label} aria-hidden="true" className="space-y-1">
          <div className="flex flex-wrap justify-between gap-x-2 text-sm">
            <span>{row.label}</span>
            {row.figures.shown && <span className="font-medium">{formatDelta(row.figures.value.delta)}</span>}
          </div>
          {row.figures.shown ? (
            <>
              {bar(row.figures.value.before, "bg-slate-500", "до")}
              {bar(row.figures.value.after, "bg-blue-700", "после")}
            </>
          ) : (
            <p className="text-sm text-slate-600">{hiddenLabel(row.figures.respondents)}</p>
          )}
        </div>
      ))}
    </figure>
  );
}
