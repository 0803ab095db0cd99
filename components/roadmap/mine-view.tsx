import { ItemLine, stagedItems } from "@/components/roadmap/item-line";
import type { Roadmap } from "@/lib/roadmap/get-roadmap";
import { isOpenItem, orderMyItems } from "@/lib/roadmap/order-my-items";

/** «Мои пункты»: the open ones first, soonest deadline first; then those done or cancelled. */
export function MineView({ roadmap, today }: { roadmap: Roadmap; today: Date }) {
  const items = orderMyItems(stagedItems(roadmap));
  if (items.length === 0) return <p>Нет пунктов по выбранным условиям.</p>;
  const open = items.filter(isOpenItem);
  const closed = items.filter((item) => !isOpenItem(item));
  return (
    <div className="space-y-4">
      {[
        { key: "open", title: `Открытые (${open.length})`, list: open, empty: "Открытых пунктов нет." },
        { key: "closed", title: `Выполненные и отменённые (${closed.length})`, list: closed, empty: "" },
      ]
        .filter((part) => part.list.length > 0 || part.empty)
        .map((part) => (
          <section
            key={part.key}
            aria-labelledby={`mine-${part.key}`}
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
          >
            <h2 id={`mine-${part.key}`} className="text-lg font-semibold">
              {part.title}
            </h2>
            {part.list.length === 0 ? (
              <p className="mt-2">{part.empty}</p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-100">
                {part.list.map((item) => (
                  <ItemLine key={item.id} item={item} today={today} />
                ))}
              </ul>
            )}
          </section>
        ))}
    </div>
  );
}
