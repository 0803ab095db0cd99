import Link from "next/link";
import { ClassSelect } from "@/components/mentees/class-select";
import { NameSearchField } from "@/components/ui/name-search-field";
import { filterableKinds, type MenteeBaseFilters } from "@/lib/mentees/base-filters";
import { requestKindLabels } from "@/lib/mentees/labels";

const selectClass = "block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm";

/** A GET form: the filters live in the URL (class names and catalogue kinds only, nothing personal). */
export function MenteeBaseFiltersForm({
  basePath,
  filters,
  classes,
}: {
  basePath: string;
  filters: MenteeBaseFilters;
  classes: string[];
}) {
  return (
    <form method="get" action={basePath} className="mb-4 grid gap-2 sm:grid-cols-3 sm:items-end">
      <NameSearchField id="mentee-q" defaultValue={filters.q ?? ""} className="text-sm" />
      <ClassSelect classes={classes} value={filters.className ?? ""} emptyLabel="Все" selectClass={selectClass} />
      <label className="text-sm">
        Запрос
        <select name="kind" defaultValue={filters.kind ?? ""} className={selectClass}>
          <option value="">Все</option>
          {filterableKinds.map((kind) => (
            <option key={kind} value={kind}>
              {requestKindLabels[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        Подбор пары
        <select name="eligibility" defaultValue={filters.eligibility ?? ""} className={selectClass}>
          <option value="">Все</option>
          <option value="eligible">Можно подбирать</option>
          <option value="blocked">Нельзя подбирать</option>
        </select>
      </label>
      <label className="text-sm">
        Пара или группа
        <select name="pair" defaultValue={filters.pair ?? ""} className={selectClass}>
          <option value="">Все</option>
          <option value="without">Без пары</option>
          <option value="with">В паре или группе</option>
        </select>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="min-h-9 rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-100">
          Показать
        </button>
        <Link href={basePath} className="text-sm text-blue-800 underline">
          Сбросить
        </Link>
      </div>
    </form>
  );
}
