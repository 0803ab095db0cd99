import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/mentees/action-button";
import { MenteeSection } from "@/components/mentees/mentee-section";
import { AuditLogSection } from "@/components/people/audit-log-section";
import { PersonDetails } from "@/components/people/person-details";
import { Card, PageTitle } from "@/components/ui/card";
import { listPersonAudit } from "@/lib/audit/list-person-audit";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { fullName } from "@/lib/format/person-name";
import { addPupilCandidates, addYoungTeacher } from "@/lib/mentees/candidates";
import { getPersonCard } from "@/lib/mentees/get-person-card";
import { isYoungTeacher } from "@/lib/mentees/rules";
import { can } from "@/lib/permissions";
import { mayOpen } from "@/lib/routes/route-access";

export const metadata: Metadata = { title: "Карточка человека" };

export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePage("/curator/people/[id]");
  const { id } = await params;
  const { logPage } = await searchParams;
  const person = await loadOrRefuse(getPersonCard(viewer, id));
  const log = can(viewer, "audit:read") ? await listPersonAudit(viewer, id, Number(logPage) || 1) : null;
  const mayEditBase = can(viewer, "mentee-base:edit");
  const canBePupilMentee = person.pupil?.status === "ENROLLED" && !person.anonymisedAt;
  const canBeTeacherMentee =
    !!person.staff && !person.staff.leftAt && isYoungTeacher(person.staff.experienceYears) && !person.anonymisedAt;
  return (
    <>
      <Link
        href={mayOpen(viewer, "/curator/mentees") ? "/curator/mentees" : "/curator/roster"}
        className="text-sm text-blue-800 underline"
      >
        {mayOpen(viewer, "/curator/mentees") ? "← База наставляемых" : "← Контингент"}
      </Link>
      <PageTitle subtitle="Карточка человека">{fullName(person)}</PageTitle>
      <PersonDetails person={person} timeZone={viewer.timeZone} />
      {person.mentee && <MenteeSection viewer={viewer} mentee={person.mentee} />}
      {!person.mentee && can(viewer, "mentee-base:read") && (canBePupilMentee || canBeTeacherMentee) && (
        <Card title="База наставляемых" className="mt-4">
          <p>Пока не в базе наставляемых.</p>
          {mayEditBase && (
            <div className="mt-2">
              {canBePupilMentee ? (
                <ActionButton
                  action={addPupilCandidates}
                  input={{ personIds: [person.id] }}
                  label="Добавить в базу наставляемых"
                  variant="primary"
                />
              ) : (
                <ActionButton
                  action={addYoungTeacher}
                  input={{ personId: person.id }}
                  label="Добавить в базу наставляемых"
                  variant="primary"
                />
              )}
            </div>
          )}
        </Card>
      )}
      {log && <AuditLogSection log={log} basePath={`/curator/people/${person.id}`} timeZone={viewer.timeZone} />}
    </>
  );
}
