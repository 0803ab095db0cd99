import Link from "next/link";
import { DeadlineBadge } from "@/components/roadmap/deadline-badge";
import { Card } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/viewer";
import { todayCalendarDate } from "@/lib/format/date";
import { itemStatusLabels } from "@/lib/roadmap/labels";
import { listMyItems } from "@/lib/roadmap/list-my-items";

/** The viewer's open roadmap items, shown on their dashboard. */
export async function MyRoadmapItems({ viewer }: { viewer: Viewer }) {
  const items = await listMyItems(viewer);
  if (items.length === 0) return null;
  const today = todayCalendarDate(viewer.timeZone);
  return (
    <Card title="Мои пункты дорожной карты" className="mb-6">
      <ul className="divide-y divide-slate-100">
        {items.map((item) => (
          <li key={item.id} className="py-2">
            <Link href={`/roadmap/items/${item.id}`} className="text-blue-800 underline">
              {item.code} {item.title}
            </Link>
            <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
              <span>{itemStatusLabels[item.status]}</span>
              {item.deadlineLabel && <span>Срок: {item.deadlineLabel}</span>}
              <DeadlineBadge item={item} today={today} />
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
