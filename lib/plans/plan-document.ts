import { formatDate } from "@/lib/format/date";
import { requestKindLabels } from "@/lib/mentees/labels";
import { findMonitoringParameter } from "@/lib/questionnaires/monitoring-parameters";
import type { getPairPlans } from "./get-pair-plans";
import { taskStatusLabels } from "./labels";

type PairPlans = Awaited<ReturnType<typeof getPairPlans>>;

/** The text of the plan document, shared by the DOCX and the PDF. */
export interface PlanDocument {
  title: string;
  mentorLine: string;
  sections: {
    heading: string;
    progress: string;
    goals: { title: string; details: string; rows: string[][] }[];
  }[];
}

export const planTaskHeaders = ["№", "Задача", "Срок", "Состояние"];

export function planDocument(pair: PairPlans): PlanDocument {
  return {
    title: "Индивидуальный план развития под руководством наставника",
    mentorLine: `Наставник: ${pair.mentorName}. Наставляемые: ${pair.mentees.map((m) => m.name).join(", ") || "—"}`,
    sections: pair.plans.map((plan) => ({
      heading: `${plan.menteeName ? `План: ${plan.menteeName}` : "План пары (группы)"}, версия ${plan.version}`,
      progress:
        plan.progress.percent === null
          ? "Задач пока нет."
          : `Выполнено задач: ${plan.progress.done} из ${plan.progress.total} (${plan.progress.percent} %).`,
      goals: plan.goals.map((goal, i) => ({
        title: `Цель ${i + 1}. ${goal.title}`,
        details: [
          goal.request && `Запрос: ${requestKindLabels[goal.request.kind]}.`,
          goal.parameter &&
            `Показатель: ${findMonitoringParameter(goal.parameter)?.label ?? goal.parameter}, целевое значение ${goal.targetValue}.`,
        ]
          .filter(Boolean)
          .join(" "),
        rows: goal.tasks.map((task, t) => [
          String(t + 1),
          task.title,
          task.dueOn ? formatDate(task.dueOn) : "—",
          taskStatusLabels[task.status],
        ]),
      })),
    })),
  };
}
