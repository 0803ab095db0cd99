"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { RosterAction } from "@/lib/roster/plan-roster-import";
import type { RosterPreview } from "@/lib/roster/roster-preview";
import { cellClass, RosterTable } from "./roster-table";

const actionLabels: Record<RosterAction, string> = {
  create: "Новый",
  update: "Обновится",
  unchanged: "Без изменений",
  skip: "Пропущена",
  error: "Ошибка",
};

const actionClasses: Record<RosterAction, string> = {
  create: "text-green-800",
  update: "text-blue-800",
  unchanged: "text-slate-700",
  skip: "text-amber-800",
  error: "font-semibold text-red-700",
};

/** Step 3: each row with what will happen to it and its problems; the import button, blocked while any row has an error. */
export function RosterPreviewTable({
  preview,
  pending,
  markLeft,
  onMarkLeftChange,
  onImport,
}: {
  preview: RosterPreview;
  pending: boolean;
  markLeft: boolean;
  onMarkLeftChange: (value: boolean) => void;
  onImport: () => void;
}) {
  const { counts } = preview;
  const blocked = counts.error > 0 || preview.rows.length === 0;
  return (
    <Card title="3. Проверка строк">
      <p className="mb-3" aria-live="polite">
        Новых: <strong>{counts.create}</strong> · Обновятся: <strong>{counts.update}</strong> · Без изменений:{" "}
        <strong>{counts.unchanged}</strong> · Пропущены: <strong>{counts.skip}</strong> · С ошибками:{" "}
        <strong>{counts.error}</strong>
      </p>
      <RosterTable
        headers={[
          "Строка",
          "ФИО",
          preview.kind === "PUPILS" ? "Дата рождения · класс" : "Должность · стаж",
          "Что будет",
          "Замечания",
        ]}
        caption="Строки файла и что с ними будет"
        className="max-h-[32rem] overflow-auto"
      >
        {preview.rows.map((row) => (
          <tr key={`${row.sheet}:${row.line}`} className={row.action === "error" ? "bg-red-50" : undefined}>
            <td className={cellClass}>
              {row.line}
              {row.sheet && <span className="block text-xs text-slate-600">лист «{row.sheet}»</span>}
            </td>
            <td className={cellClass}>{row.name || "—"}</td>
            <td className={cellClass}>
              {row.details || (row.source ? <span className="text-slate-700">В файле: {row.source}</span> : "—")}
            </td>
            <td className={`${cellClass} ${actionClasses[row.action]}`}>{actionLabels[row.action]}</td>
            <td className={cellClass}>
              <ul>
                {row.changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
                {row.problems.map((problem) => (
                  <li key={problem.message} className={problem.level === "error" ? "text-red-700" : "text-amber-800"}>
                    {problem.message}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </RosterTable>

      {preview.kind === "PUPILS" && preview.classes.length > 0 && (
        <div className="mt-4 space-y-1">
          <label className="flex min-h-10 items-center gap-2">
            <input
              type="checkbox"
              className="h-5 w-5"
              checked={markLeft}
              onChange={(event) => onMarkLeftChange(event.currentTarget.checked)}
            />
            Отметить выбывшими учеников этих классов, которых нет в файле
          </label>
          <p className="text-sm text-slate-700">
            Классы в файле: {preview.classes.join(", ")}. Нет в файле: {preview.leaving.length}
            {preview.leaving.length > 0 && `: ${preview.leaving.slice(0, 30).join(", ")}`}
            {preview.leaving.length > 30 && ` и ещё ${preview.leaving.length - 30}`}. При переводе в следующий класс сначала
            загрузите списки всех классов.
          </p>
        </div>
      )}

      <div className="mt-4 space-y-2">
        {blocked && (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
            {counts.error > 0
              ? `Файл с ошибками не импортируется (строк с ошибками: ${counts.error}). Исправьте их в файле и проверьте его снова.`
              : "В файле нет строк с людьми."}
          </p>
        )}
        <Button type="button" disabled={blocked || pending} onClick={onImport}>
          {pending ? "Импортируем…" : "Импортировать"}
        </Button>
      </div>
    </Card>
  );
}
