import type { Metadata } from "next";
import { ProgrammeNav } from "@/components/programme/programme-nav";
import { RemoveRowButton } from "@/components/programme/remove-row-button";
import { ResourceForm } from "@/components/programme/resource-form";
import { TeamMemberForm } from "@/components/programme/team-member-form";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { fullName } from "@/lib/format/person-name";
import { can } from "@/lib/permissions";
import { getProgrammeOrganisation } from "@/lib/programme-document/get-programme-organisation";
import { resourceKindLabels, resourceSourceLabels, teamRoleLabels } from "@/lib/programme-document/labels";
import { listTeamCandidates } from "@/lib/programme-document/list-team-candidates";

export const metadata: Metadata = { title: "Рабочая группа и ресурсы программы" };

export default async function ProgrammeTeamPage() {
  const viewer = await requirePage("/curator/programme/team");
  const { programme, team, resources } = await loadOrRefuse(getProgrammeOrganisation(viewer));
  const editor = can(viewer, "programme-document:edit");
  const candidates = editor ? await listTeamCandidates(viewer) : [];
  return (
    <>
      <PageTitle subtitle={`Программа «${programme.title}»: подготовка условий (этап 1)`}>Рабочая группа и ресурсы</PageTitle>
      <ProgrammeNav viewer={viewer} current="/curator/programme/team" />
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <Card title={`Рабочая группа (${team.length})`}>
          {team.length === 0 && <p>Рабочая группа ещё не сформирована.</p>}
          <ul className="divide-y divide-slate-100">
            {team.map((member) => (
              <li key={member.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                <div>
                  <p className="font-medium">{fullName(member.person)}</p>
                  <p className="text-sm text-slate-700">
                    {teamRoleLabels[member.role]}
                    {member.person.staff?.position && `, ${member.person.staff.position}`}
                    {member.duties && `: ${member.duties}`}
                  </p>
                </div>
                {editor && (
                  <RemoveRowButton
                    kind="team"
                    id={member.id}
                    name={`${fullName(member.person)}, ${teamRoleLabels[member.role]}`}
                  />
                )}
              </li>
            ))}
          </ul>
        </Card>
        {editor && (
          <Card title="Добавить в рабочую группу">
            <TeamMemberForm
              candidates={candidates.map((person) => ({
                id: person.id,
                label: [fullName(person), person.staff?.position].filter(Boolean).join(", "),
              }))}
            />
          </Card>
        )}
        <Card title={`Ресурсы (${resources.length})`}>
          {resources.length === 0 && <p>Ресурсы ещё не определены.</p>}
          <ul className="divide-y divide-slate-100">
            {resources.map((resource) => (
              <li key={resource.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                <div>
                  <p className="font-medium">{resource.title}</p>
                  <p className="text-sm text-slate-700">
                    {resourceKindLabels[resource.kind]}; источник: {resourceSourceLabels[resource.source].toLowerCase()}
                    {resource.details && `. ${resource.details}`}
                  </p>
                </div>
                {editor && <RemoveRowButton kind="resource" id={resource.id} name={resource.title} />}
              </li>
            ))}
          </ul>
        </Card>
        {editor && (
          <Card title="Добавить ресурс">
            <ResourceForm />
          </Card>
        )}
      </div>
    </>
  );
}
