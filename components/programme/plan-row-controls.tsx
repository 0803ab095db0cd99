"use client";

import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { movePlanRow } from "@/lib/programme-document/move-plan-row";
import { removePlanRow } from "@/lib/programme-document/remove-plan-row";
import { startModulePlan } from "@/lib/programme-document/start-module-plan";
import { RunButton } from "./run-button";

type Plan = "WORK" | MentoringForm;

/** Up, down and remove for one plan row. */
export function PlanRowControls({
  plan,
  id,
  title,
  first,
  last,
}: {
  plan: Plan;
  id: string;
  title: string;
  first: boolean;
  last: boolean;
}) {
  return (
    <span className="flex flex-wrap gap-1">
      {!first && (
        <RunButton variant="ghost" label={`Выше: ${title}`} run={() => movePlanRow({ plan, id, direction: "up" })}>
          ↑
        </RunButton>
      )}
      {!last && (
        <RunButton variant="ghost" label={`Ниже: ${title}`} run={() => movePlanRow({ plan, id, direction: "down" })}>
          ↓
        </RunButton>
      )}
      <RunButton
        variant="ghost"
        label={`Удалить: ${title}`}
        confirm={`Удалить «${title}» из плана?`}
        run={() => removePlanRow({ plan, id })}
      >
        Удалить
      </RunButton>
    </span>
  );
}

export function StartModulePlanButton({ form }: { form: MentoringForm }) {
  return <RunButton run={() => startModulePlan({ form })}>Заполнить по шаблону</RunButton>;
}
