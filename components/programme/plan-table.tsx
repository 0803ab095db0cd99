import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { itemStatusLabels } from "@/lib/roadmap/labels";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { PlanRowControls } from "./plan-row-controls";
import { PlanRowForm } from "./plan-row-form";

export interface PlanRow {
  id: string;
  title: string;
  task: string | null;
  period: string;
  responsible: string;
  status: ItemStatus;
  result: string | null;
}

/** A plan's rows, each with its edit form and order controls for an editor, and the form for a new row. */
export function PlanTable({
  plan,
  rows,
  editor,
  withTask,
  responsibles,
}: {
  plan: "WORK" | MentoringForm;
  rows: PlanRow[];
  editor: boolean;
  withTask: boolean;
  /** The working group, offered as responsible people. */
  responsibles: string[];
}) {
  return (
    <div className="space-y-3">
      {rows.length === 0 && <p>Мероприятий пока нет.</p>}
      <ol className="divide-y divide-slate-100">
        {rows.map((row, i) => (
          <li key={row.id} className="py-3">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  {i + 1}. {row.title}
                </p>
                {row.task && <p className="text-sm">Задача: {row.task}</p>}
                <p className="text-sm text-slate-700">
                  {row.period}; ответственный: {row.responsible}; {itemStatusLabels[row.status].toLowerCase()}
                </p>
                {row.result && <p className="text-sm">Результат: {row.result}</p>}
              </div>
              {editor && (
                <PlanRowControls plan={plan} id={row.id} title={row.title} first={i === 0} last={i === rows.length - 1} />
              )}
            </div>
            {editor && (
              <details className="mt-2">
                <summary className="cursor-pointer text-sm text-blue-800 underline">Изменить пункт {i + 1}</summary>
                <div className="mt-2">
                  <PlanRowForm
                    plan={plan}
                    withTask={withTask}
                    responsibleList={`responsibles-${plan}`}
                    row={{ ...row, plan, task: row.task ?? "", result: row.result ?? "" }}
                  />
                </div>
              </details>
            )}
          </li>
        ))}
      </ol>
      {editor && (
        <datalist id={`responsibles-${plan}`}>
          {responsibles.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      )}
      {editor && (
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer font-medium text-blue-800">Добавить мероприятие</summary>
          <div className="mt-2">
            <PlanRowForm plan={plan} withTask={withTask} responsibleList={`responsibles-${plan}`} />
          </div>
        </details>
      )}
    </div>
  );
}
