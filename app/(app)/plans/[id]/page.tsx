import type { Metadata } from "next";
import { PrintButton } from "@/components/print-button";
import { ProposeChangeForm } from "@/components/plans/propose-change-form";
import { Card, PageTitle, ProgressBar } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { formatDate, formatInstant } from "@/lib/format/date";
import { requestKindLabels } from "@/lib/mentees/labels";
import { getPairPlans } from "@/lib/plans/get-pair-plans";
import { proposalStatusLabels, taskStatusLabels } from "@/lib/plans/labels";
import { findMonitoringParameter } from "@/lib/questionnaires/monitoring-parameters";

export const metadata: Metadata = { title: "Индивидуальный план" };

/** A pair's plan as the curator, the mentor, the mentee and the parent read it; printable, with DOCX and PDF. */
export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePage("/plans/[id]");
  const { id } = await params;
  const pair = await loadOrRefuse(getPairPlans(viewer, id));
  return (
    <>
      <PageTitle
        subtitle={`Наставник: ${pair.mentorName}${pair.mentees.length ? ` · ${pair.mentees.map((m) => m.name).join(", ")}` : ""}`}
      >
        Индивидуальный план
      </PageTitle>
      <p className="mb-4 flex flex-wrap gap-4 print:hidden">
        <PrintButton />
        {pair.plans.length > 0 && (
          <>
            <a href={`/plans/${pair.id}/document/docx`} className="text-blue-800 underline">
              Скачать DOCX
            </a>
            <a href={`/plans/${pair.id}/document/pdf`} className="text-blue-800 underline">
              Скачать PDF
            </a>
          </>
        )}
      </p>
      {pair.plans.length === 0 && <p>Наставник ещё не составил план.</p>}
      {pair.plans.map((plan) => (
        <Card
          key={plan.id}
          title={`${plan.menteeName ? `План: ${plan.menteeName}` : "План пары (группы)"} · версия ${plan.version} от ${formatInstant(plan.updatedAt, viewer.timeZone)}`}
          className="mb-4"
        >
          {plan.progress.percent !== null && (
            <div className="mb-3">
              <p className="text-sm">
                Выполнено задач: {plan.progress.done} из {plan.progress.total} ({plan.progress.percent} %)
              </p>
              <ProgressBar percent={plan.progress.percent} label="Выполнение плана" />
            </div>
          )}
          <ol className="list-decimal space-y-3 pl-5">
            {plan.goals.map((goal) => (
              <li key={goal.id}>
                <p className="font-medium">{goal.title}</p>
                <p className="text-sm text-slate-700">
                  {goal.request && `Запрос: ${requestKindLabels[goal.request.kind]}. `}
                  {goal.parameter &&
                    `Показатель: ${findMonitoringParameter(goal.parameter)?.label ?? goal.parameter}, цель — ${goal.targetValue}. `}
                  {goal.progress.percent !== null && `Выполнено ${goal.progress.done} из ${goal.progress.total}.`}
                </p>
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {goal.tasks.map((task) => (
                    <li key={task.id}>
                      {task.title}
                      {task.dueOn && ` — до ${formatDate(task.dueOn)}`} · {taskStatusLabels[task.status]}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          {plan.proposals.length > 0 && (
            <div className="mt-4">
              <h3 className="font-semibold">Предложения наставляемых и родителей</h3>
              <ul className="list-disc pl-5 text-sm">
                {plan.proposals.map((p) => (
                  <li key={p.id}>
                    «{p.title}» — {proposalStatusLabels[p.status]}
                    {p.byParent && " (предложил родитель)"}
                    {p.decisionComment && `: ${p.decisionComment}`}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {plan.mayPropose && (
            <details className="mt-4 print:hidden">
              <summary className="cursor-pointer font-medium text-blue-800">Предложить изменение плана</summary>
              <div className="mt-2">
                <ProposeChangeForm planId={plan.id} goals={plan.goals.map((g) => ({ id: g.id, title: g.title }))} />
              </div>
            </details>
          )}
          <details className="mt-4 print:hidden">
            <summary className="cursor-pointer text-sm text-blue-800">Версии плана ({plan.versions.length})</summary>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {plan.versions.map((v) => (
                <li key={v.version}>
                  Версия {v.version}, {formatInstant(v.createdAt, viewer.timeZone, "dateTime")}: {v.note}
                </li>
              ))}
            </ul>
          </details>
        </Card>
      ))}
    </>
  );
}
