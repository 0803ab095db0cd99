"use client";

import { removeProgrammeRow } from "@/lib/programme-document/remove-programme-row";
import { RunButton } from "./run-button";

/** Removes a working-group role, a resource or a publication after a confirmation. */
export function RemoveRowButton({ kind, id, name }: { kind: "team" | "resource" | "publication"; id: string; name: string }) {
  return (
    <RunButton
      variant="ghost"
      confirm={`Удалить «${name}»?`}
      label={`Удалить «${name}»`}
      run={() => removeProgrammeRow({ kind, id })}
    >
      Удалить
    </RunButton>
  );
}
