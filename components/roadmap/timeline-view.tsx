import Link from "next/link";
import { DeadlineBadge } from "@/components/roadmap/deadline-badge";
import { formatMonth } from "@/lib/format/date";
import type { Roadmap } from "@/lib/roadmap/get-roadmap";
import { itemStatusLabels } from "@/lib/roadmap/labels";

/** The items month by month of the school year, by their due date; items without one come last. */
export function TimelineView({ roadmap, today }: { roadmap: Roadmap; today: Date }) {
  const months = new Map<string, { label: string; items: (Roadmap["stages"][number]["items"][number] & { stagePosition: number })[] }>();
  const items = roadmap.stages
    .flatMap((stage) => stage.items.map((item) => ({ ...item, stagePosition: stage.position })))
    .sort((a, b) => (a.dueOn?.getTime() ?? Infinity) - (b.dueOn?.getTime() ?? Infinity));
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
          <h2 id={`month-${key}`} className="text-lg font-semibold">{month.label}</h2>
          <ul className="mt-2 divide-y divide-slate-100">
            {month.items.map((item) => (
              <li key={item.id} className="py-2">
                <Link href={`/roadmap/items/${item.id}`} className="underline-offset-2 hover:underline">
                  <span className="mr-2 font-mono text-sm text-slate-600">{item.code}</span>
                  {item.title}
                </Link>
                <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-700">
                  <span>Этап {item.stagePosition}</span>
                  <span>{itemStatusLabels[item.status]}</span>
                  {item.deadlineLabel && <span>Срок: {item.deadlineLabel}</span>}
                  {item.responsible && <span>Ответственный: {item.responsible.displayName}</span>}
                  <DeadlineBadge item={item} today={today} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
