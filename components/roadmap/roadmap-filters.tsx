import Link from "next/link";
import type { RoadmapViewParams } from "@/lib/roadmap/view-params";
import { itemStatusLabels } from "@/lib/roadmap/labels";

const views = [
  { value: "stages", label: "По этапам" },
  { value: "timeline", label: "По месяцам" },
  { value: "mine", label: "Мои пункты" },
] as const;

const selectClass = "block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm";

/** View tabs and a GET filter form: the state lives in the URL, so a filtered view can be bookmarked. */
export function RoadmapFilters({
  basePath,
  params,
  year,
  stages,
  responsibles,
}: {
  basePath: string;
  params: RoadmapViewParams;
  year: number;
  stages: { number: string; position: number; title: string }[];
  responsibles: { id: string; displayName: string }[];
}) {
  return (
    <div className="mb-4 space-y-3">
      <nav aria-label="Вид дорожной карты" className="flex flex-wrap gap-2">
        {views.map((view) => (
          <Link
            key={view.value}
            href={`${basePath}?year=${year}&view=${view.value}`}
            aria-current={params.view === view.value ? "page" : undefined}
            className={`rounded-md border px-3 py-1.5 text-sm ${params.view === view.value ? "border-slate-900 bg-slate-900 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
          >
            {view.label}
          </Link>
        ))}
      </nav>
      <form method="get" action={basePath} className="grid gap-2 sm:grid-cols-4 sm:items-end">
        <input type="hidden" name="year" value={year} />
        <input type="hidden" name="view" value={params.view} />
        <label className="text-sm">
          Статус
          <select name="status" defaultValue={params.status ?? ""} className={selectClass}>
            <option value="">Все</option>
            {Object.entries(itemStatusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {params.view !== "mine" && (
          <label className="text-sm">
            Ответственный
            <select name="responsible" defaultValue={params.responsible ?? ""} className={selectClass}>
              <option value="">Все</option>
              {responsibles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.displayName}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="text-sm">
          Этап
          <select name="stage" defaultValue={params.stage ?? ""} className={selectClass}>
            <option value="">Все</option>
            {stages.map((s) => (
              <option key={s.number} value={s.number}>
                {s.position}. {s.title}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-9 rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-100">
          Показать
        </button>
      </form>
    </div>
  );
}
