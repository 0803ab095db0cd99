"use client";

import { useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError, inputClass } from "@/components/ui/field";
import { matchesName } from "@/lib/search/matches-name";

/**
 * Checkboxes for people of a base with a «Поиск по ФИО» filter: a person not matching is hidden, never unchecked, so
 * a search does not lose what was marked. The list scrolls on its own (a base has hundreds of pupils).
 */
export function PeoplePicker({
  id,
  legend,
  people,
  checked,
  register,
  error,
}: {
  id: string;
  legend: string;
  people: { id: string; label: string }[];
  checked: string[];
  register: UseFormRegisterReturn;
  error?: string;
}) {
  const [query, setQuery] = useState("");
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="rounded-md border border-slate-300 p-2">
      <legend className="px-1 text-sm font-medium text-slate-800">
        {legend} (отмечено: {checked.length})
      </legend>
      <label htmlFor={`${id}-search`} className="block text-sm">
        Поиск по ФИО
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        className={`${inputClass} mb-2`}
      />
      <div className="max-h-72 overflow-y-auto">
        {people.map((person) => (
          <label
            key={person.id}
            className={`min-h-10 items-center gap-2 text-sm ${matchesName(person.label, query) ? "flex" : "hidden"}`}
          >
            <input type="checkbox" value={person.id} className="h-5 w-5" {...register} />
            {person.label}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
