import type { Metadata } from "next";
import { applicantName } from "@/lib/applications/applicant-name";
import { ApplicationForm } from "@/components/applications/application-form";
import { Card, PageTitle } from "@/components/ui/card";
import { applicationRoleLabels, applicationStatusLabels } from "@/lib/applications/labels";
import { listApplicablePeople } from "@/lib/applications/list-applicable-people";
import { listOwnApplications } from "@/lib/applications/list-own-applications";
import { requirePage } from "@/lib/auth/guard";
import { formatInstant } from "@/lib/format/date";

export const metadata: Metadata = { title: "Заявка на участие в программе наставничества" };

export default async function ApplicationsPage() {
  const viewer = await requirePage("/applications");
  const [people, applications] = await Promise.all([listApplicablePeople(viewer), listOwnApplications(viewer)]);
  return (
    <>
      <PageTitle subtitle="Участие в программе добровольное: подайте заявку, и куратор программы её рассмотрит.">
        Заявка на участие
      </PageTitle>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Новая заявка">
          <p className="mb-3 text-sm text-slate-700">За ученика младше 14 лет заявку подаёт родитель.</p>
          <ApplicationForm
            people={people.map((person) => ({ id: person.id, label: person.self ? `${person.name} (я)` : person.name }))}
          />
        </Card>
        <Card title="Мои заявки">
          {applications.length === 0 && <p>Заявок пока нет.</p>}
          <ul className="divide-y divide-slate-100">
            {applications.map((application) => (
              <li key={application.id} className="py-3">
                <p className="font-medium">
                  {applicantName(application)}: {applicationRoleLabels[application.role].toLowerCase()}
                </p>
                <p className="text-sm text-slate-700">
                  Подана {formatInstant(application.createdAt, viewer.timeZone)}. {applicationStatusLabels[application.status]}
                  {application.decidedAt && ` ${formatInstant(application.decidedAt, viewer.timeZone)}`}
                </p>
                {application.declineReason && <p className="text-sm">Причина отказа: {application.declineReason}</p>}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
