import { nameQueryMaxLength } from "@/lib/search/name-search";

/** The labelled «Поиск по ФИО» field of a list's GET filter form; the query stays in the address as `?q=`. */
export function NameSearchField({ id, defaultValue, className = "" }: { id: string; defaultValue: string; className?: string }) {
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Поиск по ФИО
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={nameQueryMaxLength}
        placeholder="Фамилия, имя или отчество"
        className="w-full min-w-56 rounded-md border border-slate-400 bg-white px-3 py-2"
      />
    </div>
  );
}
