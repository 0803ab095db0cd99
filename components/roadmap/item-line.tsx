import Link from "next/link";
import { DeadlineBadge } from "@/components/roadmap/deadline-badge";
import type { Roadmap } from "@/lib/roadmap/get-roadmap";
import { itemStatusLabels } from "@/lib/roadmap/labels";

export type StagedItem = Roadmap["stages"][number]["items"][number] & { stagePosition: number };

/** One roadmap item in a flat list: code, title, stage, status, deadline and who is responsible. */
export function ItemLine({ item, today }: { item: StagedItem; today: Date }) {
  return (
    <li className="py-2">
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
  );
}

/** Every item of the roadmap with its stage's position. */
export function stagedItems(roadmap: Roadmap): StagedItem[] {
  return roadmap.stages.flatMap((stage) => stage.items.map((item) => ({ ...item, stagePosition: stage.position })));
}
