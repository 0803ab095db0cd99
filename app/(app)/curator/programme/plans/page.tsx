import type { Metadata } from "next";
import { StartModulePlanButton } from "@/components/programme/plan-row-controls";
import { PlanTable } from "@/components/programme/plan-table";
import { ProgrammeNav } from "@/components/programme/programme-nav";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { formLabels } from "@/lib/mentorships/labels";
import { can } from "@/lib/permissions";
import { evaluatedResultRows } from "@/lib/programme-document/evaluated-results";
import { findProgramme } from "@/lib/programme-document/find-programme";
import { getModulePlans } from "@/lib/programme-document/get-module-plans";
import { getProgrammeOrganisation } from "@/lib/programme-document/get-programme-organisation";
import { teamRoleLabels } from "@/lib/programme-document/labels";
import { initialsName } from "@/lib/format/person-name";
import { getWorkPlan } from "@/lib/programme-document/get-work-plan";

export const metadata: Metadata = { title: "План работы и планы модулей" };

export default async function ProgrammePlansPage() {
  const viewer = await requirePage("/curator/programme/plans");
  const programme = await loadOrRefuse(findProgramme(viewer));
  const [workPlan, modulePlans, { team }] = await Promise.all([
    getWorkPlan(viewer, programme),
    getModulePlans(viewer, programme),
    getProgrammeOrganisation(viewer),
  ]);
  // The working group offered as the responsible people of the plans' rows (any other text is accepted too).
  const responsibles = [
    ...new Set(team.map((member) => `${initialsName(member.person)}, ${teamRoleLabels[member.role].toLowerCase()}`)),
  ];
  const editor = can(viewer, "programme-document:edit");
  return (
    <>
      <PageTitle subtitle={`Программа «${programme.title}»`}>План работы и планы модулей</PageTitle>
      <ProgrammeNav viewer={viewer} current="/curator/programme/plans" />
      <div className="space-y-4">
        <Card title="План работы на год">
          <PlanTable
            plan="WORK"
            responsibles={responsibles}
            editor={editor}
            withTask={false}
            rows={workPlan.map((row) => ({
              id: row.id,
              title: row.title,
              task: null,
              period: row.deadlineLabel,
              responsible: row.responsibleLabel,
              status: row.status,
              result: row.result,
            }))}
          />
        </Card>
        {modulePlans.map((plan) => (
          <Card key={plan.form} title={`План основных мероприятий модуля «${formLabels[plan.form].toLowerCase()}»`}>
            {editor && plan.items.length === 0 && (
              <div className="mb-3">
                <StartModulePlanButton form={plan.form} />
              </div>
            )}
            <PlanTable
              plan={plan.form}
              responsibles={responsibles}
              editor={editor && programme.forms.includes(plan.form)}
              withTask
              rows={plan.items}
            />
          </Card>
        ))}
        <Card title="Оцениваемые результаты модулей и параметры мониторинга">
          <p className="mb-2 text-sm text-slate-700">
            Каждый результат измеряется до и после работы пар по параметрам мониторинга (раздел «Мониторинг»).
          </p>
          <ol className="list-decimal space-y-1 pl-5">
            {evaluatedResultRows().map(([result, measure, parameters]) => (
              <li key={result}>
                {result}.{" "}
                <span className="text-slate-700">
                  Как измеряется: {measure}. Параметры: {parameters}.
                </span>
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}
