import Link from "next/link";
import { AddItemForm } from "@/components/roadmap/add-item-form";
import { AdvanceStageForm } from "@/components/roadmap/advance-stage-form";
import { DeadlineBadge } from "@/components/roadmap/deadline-badge";
import { ItemMoveButtons } from "@/components/roadmap/item-move-buttons";
import { ItemStatusButton } from "@/components/roadmap/item-status-button";
import { ProgressBar } from "@/components/ui/card";
import { formatMonth } from "@/lib/format/date";
import type { Roadmap } from "@/lib/roadmap/get-roadmap";
import { itemStatusLabels } from "@/lib/roadmap/labels";

function stagePeriod(startsOn: Date, endsOn: Date): string {
  const [from, to] = [formatMonth(startsOn), formatMonth(endsOn)];
  return from === to ? from : `${from} – ${to}`;
}

const statusStyles = {
  PLANNED: "bg-slate-100 text-slate-800",
  IN_PROGRESS: "bg-amber-100 text-amber-900",
  DONE: "bg-green-100 text-green-900",
  CANCELLED: "bg-slate-200 text-slate-700 line-through",
} as const;

export function RoadmapStage({
  stage,
  isCurrent,
  canEdit,
  today,
  transition,
  advance,
  reorderDisabled = false,
}: {
  stage: Roadmap["stages"][number];
  isCurrent: boolean;
  canEdit: boolean;
  today: Date;
  /** The move out of this stage, if it happened with items left open. */
  transition?: Roadmap["transitions"][number];
  /** Shown on the current stage to those who may move the programme on. */
  advance?: { programmeId: string; nextTitle: string };
  /** A filtered list shows only some items: moving and adding would act on what is not in view. */
  reorderDisabled?: boolean;
}) {
  const headingId = `stage-${stage.position}`;
  const openItems = stage.items.filter((i) => i.status === "PLANNED" || i.status === "IN_PROGRESS").length;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {stage.position}. {stage.title}
          {isCurrent && (
            <span className="ml-2 rounded-full bg-blue-100 px-2 py-0.5 text-xs font-medium text-blue-900">текущий этап</span>
          )}
        </h2>
        <span className="text-sm text-slate-700">
          {stage.startsOn && stage.endsOn && <>{stagePeriod(stage.startsOn, stage.endsOn)} · </>}
          Выполнено {stage.progress.done} из {stage.progress.total}
        </span>
      </div>
      <div className="mt-2">
        <ProgressBar percent={stage.progress.percent} label={`Прогресс этапа ${stage.position}`} />
      </div>
      <details className="mt-2 text-sm text-slate-700">
        <summary className="cursor-pointer">Задача и результат этапа</summary>
        <p className="mt-1">
          <b>Задача:</b> {stage.task}
        </p>
        <p className="mt-1">
          <b>Результат:</b> {stage.result}
        </p>
      </details>
      <ol className="mt-3 divide-y divide-slate-100">
        {stage.items.map((item, index) => {
          return (
            <li
              key={item.id}
              className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between"
              data-testid={`item-${item.code}`}
            >
              <div className="min-w-0">
                <p>
                  <span className="mr-2 font-mono text-sm text-slate-600">{item.code}</span>
                  <Link href={`/roadmap/items/${item.id}`} className="underline-offset-2 hover:underline">
                    {item.title}
                  </Link>
                </p>
                <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
                  <span className={`rounded px-2 py-0.5 ${statusStyles[item.status]}`}>{itemStatusLabels[item.status]}</span>
                  {item.deadlineLabel && <span>Срок: {item.deadlineLabel}</span>}
                  <DeadlineBadge item={item} today={today} />
                  {item.responsible && <span>Ответственный: {item.responsible.displayName}</span>}
                </p>
              </div>
              {canEdit && (
                <div className="flex shrink-0 flex-wrap items-start gap-2 sm:justify-end">
                  {!reorderDisabled && (
                    <ItemMoveButtons
                      itemId={item.id}
                      code={item.code}
                      first={index === 0}
                      last={index === stage.items.length - 1}
                    />
                  )}
                  {item.status !== "CANCELLED" && (
                    <ItemStatusButton
                      itemId={item.id}
                      status={item.status}
                      version={item.version}
                      title={`${item.code} ${item.title}`}
                    />
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {transition?.overrideReason && (
        <p className="mt-2 rounded-md bg-amber-50 p-3 text-sm text-amber-950">
          Переход к следующему этапу при {transition.openItems} невыполненных пунктах (
          {transition.user?.displayName ?? "пользователь удалён"}). Причина: {transition.overrideReason}
        </p>
      )}
      {canEdit && !reorderDisabled && <AddItemForm stageId={stage.id} stagePosition={stage.position} />}
      {advance && <AdvanceStageForm programmeId={advance.programmeId} nextTitle={advance.nextTitle} openItems={openItems} />}
    </section>
  );
}
