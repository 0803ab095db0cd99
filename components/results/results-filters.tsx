import type { ResultsFilter, TemplateResults } from "@/lib/questionnaires/results/get-template-results";
import { formLabels } from "@/lib/mentorships/labels";

const selectClass = "min-h-10 w-full rounded-md border border-slate-400 bg-white px-2 py-1 sm:w-56";

/** The filters as a plain GET form: works without JavaScript, and the address can be shared. */
export function ResultsFilters({ results, filter }: { results: TemplateResults; filter: ResultsFilter }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      {results.versions.length > 1 && (
        <div className="flex w-full flex-col gap-1 sm:w-auto">
          <label htmlFor="results-version" className="text-sm font-medium">
            Версия
          </label>
          <select id="results-version" name="version" defaultValue={results.version.id} className={selectClass}>
            {results.versions.map((v) => (
              <option key={v.id} value={v.id}>
                Версия {v.version}
                {v.isCurrent ? " (текущая)" : ""}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="flex w-full flex-col gap-1 sm:w-auto">
        <label htmlFor="results-campaign" className="text-sm font-medium">
          Кампания
        </label>
        <select id="results-campaign" name="campaign" defaultValue={filter.campaignId ?? ""} className={selectClass}>
          <option value="">Все кампании</option>
          {results.campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <div className="flex w-full flex-col gap-1 sm:w-auto">
        <label htmlFor="results-form" className="text-sm font-medium">
          Форма наставничества
        </label>
        <select id="results-form" name="form" defaultValue={filter.form ?? ""} className={selectClass}>
          <option value="">Все формы</option>
          {results.forms.map((form) => (
            <option key={form} value={form}>
              {formLabels[form]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex w-full flex-col gap-1 sm:w-auto">
        <label htmlFor="results-class" className="text-sm font-medium">
          Класс
        </label>
        <select id="results-class" name="class" defaultValue={filter.classKey ?? ""} className={selectClass}>
          <option value="">Все классы</option>
          {results.classes.map((klass) => (
            <option key={klass} value={klass}>
              {klass}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="min-h-10 rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
      >
        Показать
      </button>
    </form>
  );
}
