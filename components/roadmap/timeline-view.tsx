import { ItemLine, stagedItems, type StagedItem } from "@/components/roadmap/item-line";
import { formatMonth } from "@/lib/format/date";
import type { Roadmap } from "@/lib/roadmap/get-roadmap";

/** The items month by month of the school year, by their due date; items without one come last. */
export function TimelineView({ roadmap, today }: { roadmap: Roadmap; today: Date }) {
  const months = new Map<string, { label: string; items: StagedItem[] }>();
  const items = stagedItems(roadmap).sort((a, b) => (a.dueOn?.getTime() ?? Infinity) - (b.dueOn?.getTime() ?? Infinity));
  for (const item of items) {
    const key = item.dueOn ? item.dueOn.toISOString().slice(0, 7) : "none";
    const entry = months.get(key) ?? { label: item.dueOn ? formatMonth(item.dueOn) : "Без срока", items: [] };
    entry.items.push(item);
    months.set(key, entry);
  }
  if (months.size === 0) return <p>Нет пунктов по выбранным условиям.</p>;
  return (
    <div className="space-y-4">
      {[...months.entries()].map(([key, month]) => (
        <section key={key} aria-labelledby={`month-${key}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id={`month-${key}`} className="text-lg font-semibold">
            {month.label}
          </h2>
          <ul className="mt-2 divide-y divide-slate-100">
            {month.items.map((item) => (
              <ItemLine key={item.id} item={item} today={today} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
