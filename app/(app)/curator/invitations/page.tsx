import type { Metadata } from "next";
import { ClassAccountsTable } from "@/components/invitations/class-accounts-table";
import { InvitationsWorkspace } from "@/components/invitations/invitations-workspace";
import { InvitablePeople } from "@/components/invitations/invitable-people";
import { IssueClassForm } from "@/components/invitations/issue-class-form";
import { ClassPicker } from "@/components/ui/class-picker";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { parseClassKey } from "@/lib/invitations/class-key";
import { listClassAccounts, listSchoolClasses } from "@/lib/invitations/list-class-accounts";
import { listInvitablePeople } from "@/lib/invitations/list-invitable-people";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Приглашения" };

export default async function InvitationsPage({ searchParams }: { searchParams: Promise<{ class?: string }> }) {
  const viewer = await requirePage("/curator/invitations");
  const classes = await listSchoolClasses(viewer);
  const requested = (await searchParams).class;
  const selected = classes.includes(requested ?? "") ? requested! : classes[0];
  const schoolClass = parseClassKey(selected);
  const rows = schoolClass ? await listClassAccounts(viewer, schoolClass) : [];
  const invitable = can(viewer, "account:invite-mentor") ? await listInvitablePeople(viewer) : null;

  return (
    <InvitationsWorkspace schoolName={viewer.schoolName} timeZone={viewer.timeZone}>
      <PageTitle subtitle="Коды для входа учеников и родителей без электронной почты: лист с кодами печатается на класс">
        Приглашения
      </PageTitle>
      {classes.length === 0 ? (
        <p>В школе пока нет учеников: сначала загрузите контингент.</p>
      ) : (
        <div className="space-y-4">
          <ClassPicker classes={classes} selected={selected} />
          <Card title={`Коды для класса ${selected}`}>
            <IssueClassForm classKey={selected} />
          </Card>
          <Card title={`Ученики ${selected} класса`}>
            <ClassAccountsTable rows={rows} timeZone={viewer.timeZone} />
          </Card>
        </div>
      )}
      {invitable && (
        <Card title="Коды для наставников не из школы" className="mt-4">
          <InvitablePeople staff={invitable.staff} mentors={invitable.mentors} showStaff={false} timeZone={viewer.timeZone} />
        </Card>
      )}
    </InvitationsWorkspace>
  );
}
