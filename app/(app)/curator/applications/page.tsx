import type { Metadata } from "next";
import Link from "next/link";
import { DecideApplication } from "@/components/applications/decide-application";
import { Card, PageTitle } from "@/components/ui/card";
import { applicantKindLabels, applicationRoleLabels, applicationStatusLabels } from "@/lib/applications/labels";
import { listApplications } from "@/lib/applications/list-applications";
import { requirePage } from "@/lib/auth/guard";
import { formatInstant } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { applicantName } from "@/lib/applications/applicant-name";
import { mentorCategoryLabels } from "@/lib/mentors/labels";
import { mayOpen } from "@/lib/routes/route-access";
import type { ListedApplication } from "@/lib/applications/list-applications";

export const metadata: Metadata = { title: "Заявки на участие" };

function describe(application: ListedApplication) {
  const { person } = application;
  const where = person?.pupil
    ? `${person.pupil.grade}${person.pupil.classLetter} класс`
    : (person?.staff?.position ??
      (application.applicantCategory ? mentorCategoryLabels[application.applicantCategory].toLowerCase() : null));
  const contacts = person ? null : [application.applicantEmail, application.applicantPhone].filter(Boolean).join(", ");
  return [
    applicantKindLabels[application.applicantKind],
    where,
    application.byParent ? "подал родитель" : null,
    person ? null : "без учётной записи",
    contacts || null,
  ]
    .filter(Boolean)
    .join("; ");
}

export default async function CuratorApplicationsPage() {
  const viewer = await requirePage("/curator/applications");
  const { pending, decided, publicFormPath } = await listApplications(viewer);
  const cards = mayOpen(viewer, "/curator/people/[id]");
  return (
    <>
      <PageTitle subtitle="Добровольные заявки учеников, педагогов и взрослых — предварительные запросы этапа 1.">
        Заявки на участие
      </PageTitle>
      <div className="space-y-4">
        <Card title="Заявка для взрослых не из школы">
          <p>
            Родители, выпускники, студенты и сотрудники партнёров подают заявку наставника без входа в систему по ссылке{" "}
            <Link href={publicFormPath} className="break-all text-blue-800 underline">
              {publicFormPath}
            </Link>
            . Разместите её на сайте школы; принятый человек попадёт в базу наставников с согласием, данным в форме.
          </p>
        </Card>
        <Card title={`На рассмотрении (${pending.length})`}>
          {pending.length === 0 && <p>Новых заявок нет.</p>}
          <ul className="divide-y divide-slate-100">
            {pending.map((application) => {
              const name = applicantName(application);
              return (
                <li key={application.id} className="py-3">
                  <p className="font-medium">
                    {name}: {applicationRoleLabels[application.role].toLowerCase()}
                  </p>
                  <p className="text-sm text-slate-700">
                    {describe(application)}; подана {formatInstant(application.createdAt, viewer.timeZone)}
                  </p>
                  <p className="mt-1 whitespace-pre-line">{application.text}</p>
                  <DecideApplication applicationId={application.id} name={name} />
                </li>
              );
            })}
          </ul>
        </Card>
        <Card title="Рассмотренные">
          {decided.length === 0 && <p>Рассмотренных заявок пока нет.</p>}
          <ul className="divide-y divide-slate-100">
            {decided.map((application) => (
              <li key={application.id} className="py-2">
                <p className="font-medium">
                  {applicantName(application)}: {applicationRoleLabels[application.role].toLowerCase()} —{" "}
                  {applicationStatusLabels[application.status].toLowerCase()}
                </p>
                {application.declineReason && <p className="text-sm">Причина: {application.declineReason}</p>}
                {application.status === "ACCEPTED" && cards && application.person && (
                  <Link href={`/curator/people/${application.person.id}`} className="text-sm text-blue-800 underline">
                    Карточка: {fullName(application.person)}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
