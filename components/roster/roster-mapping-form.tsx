"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { rosterFieldLabels, rosterFieldsByKind, type RosterField, type RosterMapping } from "@/lib/roster/roster-fields";
import type { RosterPreview } from "@/lib/roster/roster-preview";

const hints: Partial<Record<RosterField, string>> = {
  fullName: "Если фамилия, имя и отчество в одном столбце",
  grade: "Если номер и буква класса в разных столбцах",
  localId:
    "Номер ученика или сотрудника в журнале (в 1С — табельный номер): по нему повторный импорт узнаёт человека. СНИЛС не нужен.",
  employment: "Основное место работы или совместительство: вторая должность того же человека не станет вторым сотрудником",
};

/** Step 2: which column of the file holds each field, prefilled with the guess from the headers. */
export function RosterMappingForm({
  preview,
  pending,
  onApply,
}: {
  preview: RosterPreview;
  pending: boolean;
  onApply: (mapping: RosterMapping) => void;
}) {
  const [mapping, setMapping] = useState<RosterMapping>(preview.mapping);
  const [shown, setShown] = useState(preview.mapping);
  // A new preview (another file or kind) brings its own guess: take it instead of the old choice.
  if (shown !== preview.mapping) {
    setShown(preview.mapping);
    setMapping(preview.mapping);
  }
  const fields = rosterFieldsByKind[preview.kind];
  return (
    <Card title="2. Столбцы">
      <p className="mb-3 text-sm text-slate-700">
        {preview.fileName}: {preview.format}; заголовки в строке {preview.headerLine}. Проверьте, какой столбец что содержит.
      </p>
      {preview.notes.length > 0 && (
        <ul className="mb-3 list-disc space-y-1 pl-5 text-sm text-slate-700">
          {preview.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {preview.missingColumns.length > 0 && (
        <div role="alert" className="mb-3 rounded-md bg-red-50 p-3 text-sm text-red-800">
          <p>Файл нельзя импортировать, пока не указаны обязательные столбцы:</p>
          <ul className="mt-1 list-disc pl-5">
            {preview.missingColumns.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          onApply(mapping);
        }}
      >
        <div className="grid gap-3 sm:grid-cols-2">
          {fields.map((field) => (
            <Field key={field} id={`map-${field}`} label={rosterFieldLabels[field]} hint={hints[field]}>
              <select
                id={`map-${field}`}
                className={inputClass}
                aria-describedby={hints[field] ? `map-${field}-hint` : undefined}
                value={mapping[field] ?? ""}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setMapping((current) => {
                    const next = { ...current };
                    if (value === "") delete next[field];
                    else next[field] = Number(value);
                    return next;
                  });
                }}
              >
                <option value="">— нет в файле —</option>
                {preview.headers.map((header, index) => (
                  <option key={index} value={index}>
                    {`Столбец ${index + 1}: ${header}`}
                  </option>
                ))}
              </select>
            </Field>
          ))}
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Проверяем…" : "Применить столбцы"}
        </Button>
      </form>
    </Card>
  );
}
