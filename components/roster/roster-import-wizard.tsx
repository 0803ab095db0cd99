"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { RosterKind } from "@/lib/generated/prisma/enums";
import type { RosterImportResult } from "@/lib/roster/apply-roster-plan";
import { importRoster } from "@/lib/roster/import-roster";
import { previewRosterImport } from "@/lib/roster/preview-roster-import";
import { MAX_ROSTER_BYTES, ROSTER_FILE_ACCEPT } from "@/lib/roster/roster-file-limits";
import type { RosterMapping } from "@/lib/roster/roster-fields";
import { rosterKindLabels, rosterKinds } from "@/lib/roster/roster-fields";
import type { RosterPreview } from "@/lib/roster/roster-preview";
import { RosterMappingForm } from "./roster-mapping-form";
import { RosterPreviewTable } from "./roster-preview-table";

type Rejection = { error: string; lines: { sheet: string | null; line: number; text: string; problems: string[] }[] };

/**
 * Upload → columns → preview → import. The chosen File stays in the browser and is sent again with each step,
 * so nothing is stored on the server until the import itself.
 */
export function RosterImportWizard() {
  const [pending, startTransition] = useTransition();
  const [kind, setKind] = useState<RosterKind>("PUPILS");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [markLeft, setMarkLeft] = useState(false);
  const [result, setResult] = useState<RosterImportResult | null>(null);
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();

  const formFor = (chosen: File, mapping?: RosterMapping) => {
    const data = new FormData();
    data.set("kind", kind);
    data.set("file", chosen);
    if (mapping) data.set("mapping", JSON.stringify(mapping));
    if (markLeft) data.set("markLeft", "on");
    return data;
  };

  const check = (chosen: File | null, mapping?: RosterMapping) => {
    setRejection(null);
    setFileError(undefined);
    if (!chosen) return setFileError("Выберите файл.");
    if (chosen.size > MAX_ROSTER_BYTES) return setFileError("Файл больше 5 МБ.");
    startTransition(async () => {
      const response = await previewRosterImport(formFor(chosen, mapping));
      if (response.ok) setPreview(response.data);
      else {
        setPreview(null);
        setFileError(response.fieldErrors?.file?.[0] ?? response.error);
      }
    });
  };

  const runImport = () => {
    if (!file || !preview) return;
    setRejection(null);
    startTransition(async () => {
      const response = await importRoster(formFor(file, preview.mapping));
      if (response.ok) {
        setResult(response.data);
        setPreview(null);
        return;
      }
      const details = response.details as { errors?: Rejection["lines"] } | undefined;
      setRejection({ error: response.error, lines: details?.errors ?? [] });
    });
  };

  const startOver = () => {
    setFile(null);
    setPreview(null);
    setResult(null);
    setRejection(null);
    setFileError(undefined);
    setMarkLeft(false);
  };

  if (result) {
    return (
      <Card title="Импорт завершён">
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          Новых: {result.created}, обновлено: {result.updated}, без изменений: {result.unchanged}
          {result.skipped ? `, пропущено строк: ${result.skipped}` : ""}
          {kind === "PUPILS" ? `, отмечено выбывшими: ${result.markedLeft}` : ""}.
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <Link href={kind === "PUPILS" ? "/curator/roster" : "/curator/roster/staff"} className="text-blue-800 underline">
            Открыть контингент
          </Link>
          <Button variant="secondary" onClick={startOver}>
            Загрузить другой файл
          </Button>
        </div>
      </Card>
    );
  }

  return (
    <div className="space-y-4">
      <Card title="1. Файл">
        <form
          method="post"
          encType="multipart/form-data"
          noValidate
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            check(file);
          }}
        >
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Кого загружаете</legend>
            <div className="mt-1 flex flex-wrap gap-4">
              {rosterKinds.map((value) => (
                <label key={value} className="flex min-h-10 items-center gap-2">
                  <input
                    type="radio"
                    name="kind"
                    value={value}
                    checked={kind === value}
                    onChange={() => {
                      setKind(value);
                      setPreview(null);
                    }}
                    className="h-5 w-5"
                  />
                  {rosterKindLabels[value]}
                </label>
              ))}
            </div>
          </fieldset>
          <Field
            id="roster-file"
            label="Файл списка"
            error={fileError}
            hint="CSV или XLSX до 5 МБ, как его выгружает электронный журнал: с заголовками столбцов (Фамилия, Имя, Дата рождения, Класс…)."
          >
            <input
              id="roster-file"
              name="file"
              type="file"
              accept={ROSTER_FILE_ACCEPT}
              className={inputClass}
              aria-invalid={Boolean(fileError)}
              aria-describedby={describedBy("roster-file", fileError) ?? "roster-file-hint"}
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0] ?? null);
                setPreview(null);
                setRejection(null);
                setFileError(undefined);
              }}
            />
          </Field>
          <SubmitButton pending={pending} pendingLabel="Проверяем…">
            Проверить файл
          </SubmitButton>
        </form>
      </Card>

      {rejection && (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          <p>{rejection.error}</p>
          {rejection.lines.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {rejection.lines.map((l) => (
                <li key={`${l.sheet}:${l.line}`}>
                  {l.sheet ? `Лист «${l.sheet}», строка ${l.line}` : `Строка ${l.line}`}
                  {l.text ? ` («${l.text}»)` : ""}: {l.problems.join("; ")}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {preview && file && (
        <>
          <RosterMappingForm preview={preview} pending={pending} onApply={(mapping) => check(file, mapping)} />
          {preview.missingColumns.length === 0 && (
            <RosterPreviewTable
              preview={preview}
              pending={pending}
              markLeft={markLeft}
              onMarkLeftChange={setMarkLeft}
              onImport={runImport}
            />
          )}
        </>
      )}
    </div>
  );
}
