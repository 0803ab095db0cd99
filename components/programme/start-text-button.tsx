"use client";

import { startProgrammeText } from "@/lib/programme-document/start-programme-text";
import { RunButton } from "./run-button";

export function StartTextButton() {
  return (
    <RunButton variant="primary" run={() => startProgrammeText({})}>
      Создать текст по шаблону
    </RunButton>
  );
}
