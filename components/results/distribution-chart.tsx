import type { Bar } from "@/lib/questionnaires/results/aggregate-answers";

/** Horizontal bars in plain HTML/CSS; each bar carries its count and share as text, and the whole is one labelled image. */
export function DistributionChart({ bars, caption }: { bars: Bar[]; caption: string }) {
  const label = `${caption}: ${bars.map((b) => `${b.label} — ${b.count} (${b.percent} %)`).join("; ")}`;
  return (
    <div role="img" aria-label={label} className="space-y-1">
      {bars.map((bar) => (
        <div key={bar.label} className="flex flex-wrap items-center gap-x-2 text-sm sm:flex-nowrap">
          <span className="w-full shrink-0 break-words sm:w-40">{bar.label}</span>
          <span className="h-4 min-w-0 flex-1 overflow-hidden rounded bg-slate-100">
            <span className="block h-full bg-blue-700" style={{ width: `${bar.percent}%` }} />
          </span>
          <span className="w-24 shrink-0 text-right tabular-nums">
            {bar.count} ({bar.percent} %)
          </span>
        </div>
      ))}
    </div>
  );
}
