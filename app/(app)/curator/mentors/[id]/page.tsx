import type { Metadata } from "next";
import Link from "next/link";
import { CertificateNote } from "@/components/mentors/certificate-note";
import { EligibilityNote } from "@/components/mentors/eligibility-note";
import { InterviewForm } from "@/components/mentors/interview-form";
import { MentorProfileForm } from "@/components/mentors/mentor-profile-form";
import { MentorsNav } from "@/components/mentors/mentors-nav";
import { StatusActions } from "@/components/mentors/status-actions";
import { Card, PageTitle } from "@/components/ui/card";
import { describeConsent } from "@/lib/consent/consent-rules";
import { calendarDateValue, formatDate, formatInstant, todayCalendarDate } from "@/lib/format/date";
import { needsCertificate } from "@/lib/mentors/certificate-rule";
import { getMentor } from "@/lib/mentors/get-mentor";
import { mentorCategoryLabels, mentorStatusLabels, recommendationLabels } from "@/lib/mentors/labels";
import { listInterviewers } from "@/lib/mentors/list-interviewers";
import { listPartners } from "@/lib/mentors/list-partners";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { selectionRefusal } from "@/lib/mentors/selection-rules";
import { formatLabels, formLabels } from "@/lib/mentorships/labels";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Карточка наставника" };

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="py-1 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-2">
      <dt className="font-medium text-slate-800">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default async function MentorPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePage("/curator/mentors/[id]");
  const { id } = await params;
  const mentor = await loadOrRefuse(getMentor(viewer, id));
  const editor = can(viewer, "mentor-base:edit");
  const [interviewers, partners] = editor ? await Promise.all([listInterviewers(viewer), listPartners(viewer)]) : [[], []];
  const attended = mentor.trainings.length;

  return (
    <>
      <Link href="/curator/mentors" className="text-sm text-blue-800 underline">
        ← База наставников
      </Link>
      <PageTitle
        subtitle={[mentorCategoryLabels[mentor.category], mentor.origin, mentor.partner?.name].filter(Boolean).join(" · ")}
      >
        {mentor.name}
      </PageTitle>
      <MentorsNav viewer={viewer} current="" />
      <p className="mb-4 text-sm">
        <Link href={`/curator/mentors/${mentor.id}/history`} className="text-blue-800 underline">
          История наставника по годам: пары, часы, достижения наставляемых
        </Link>
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Отбор и готовность">
          <dl className="text-sm">
            <Detail term="Статус">
              {mentorStatusLabels[mentor.status]} (с {formatInstant(mentor.statusChangedAt, viewer.timeZone)})
            </Detail>
            {mentor.status === "DECLINED" && mentor.declineReason && (
              <Detail term="Причина отказа">{mentor.declineReason}</Detail>
            )}
            <Detail term="Справка о несудимости">
              <CertificateNote state={mentor.certificate} />
            </Detail>
            <Detail term="Согласие на обработку данных">{describeConsent(mentor.consent)}</Detail>
            <Detail term="Нагрузка">
              {mentor.load} из {mentor.capacity}
            </Detail>
            <Detail term="Подбор пар">
              <EligibilityNote readiness={mentor.readiness} />
            </Detail>
          </dl>
        </Card>
        {editor && (
          <Card title="Действия">
            <StatusActions
              mentorId={mentor.id}
              status={mentor.status}
              trainingRefusal={selectionRefusal(mentor.status, { type: "COMPLETE_TRAINING", attendedEvents: attended })}
              readyRefusal={selectionRefusal(mentor.status, { type: "MARK_READY", certificate: mentor.certificate })}
            />
          </Card>
        )}
      </div>

      <Card title="Профиль" className="mt-4">
        {editor ? (
          <MentorProfileForm
            mentor={{
              id: mentor.id,
              category: mentor.category,
              partnerId: mentor.partnerId,
              competencies: mentor.competencies,
              strengths: mentor.strengths,
              preferredForms: mentor.preferredForms,
              preferredFormats: mentor.preferredFormats,
              competencyKinds: mentor.competencyKinds,
              groupRequest: mentor.groupRequest,
              availabilitySlots: mentor.availabilitySlots,
              traits: mentor.traits,
              capacity: mentor.capacity,
              availability: mentor.availability,
              contact: mentor.contact,
              certificateIssuedOn: mentor.certificateIssuedOn ? calendarDateValue(mentor.certificateIssuedOn) : "",
            }}
            isOutside={mentor.isOutside}
            needsCertificate={needsCertificate(mentor.category)}
            partners={partners}
          />
        ) : (
          <dl className="text-sm">
            <Detail term="Компетенции">{mentor.competencies || "—"}</Detail>
            <Detail term="Сильные стороны">{mentor.strengths || "—"}</Detail>
            <Detail term="Формы наставничества">{mentor.preferredForms.map((f) => formLabels[f]).join(", ") || "—"}</Detail>
            <Detail term="Форматы работы">{mentor.preferredFormats.map((f) => formatLabels[f]).join(", ") || "—"}</Detail>
            <Detail term="Сколько наставляемых может вести">{mentor.capacity}</Detail>
            <Detail term="Когда может заниматься">{mentor.availability || "—"}</Detail>
            <Detail term="Контакты">{mentor.contact || "—"}</Detail>
            <Detail term="Дата справки о несудимости">
              {mentor.certificateIssuedOn ? formatDate(mentor.certificateIssuedOn) : "—"}
            </Detail>
          </dl>
        )}
      </Card>

      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <Card title={`Собеседования (${mentor.interviews.length})`}>
          {mentor.interviews.length === 0 && <p className="text-sm">Собеседований пока не было.</p>}
          <ol className="divide-y divide-slate-100">
            {mentor.interviews.map((interview) => (
              <li key={interview.id} className="py-2 text-sm">
                <p className="font-medium">
                  {formatDate(interview.heldOn)} · {recommendationLabels[interview.recommendation]}
                </p>
                <p className="text-slate-700">Проводил(а): {interview.interviewer?.displayName ?? "—"}</p>
                {interview.notes && <p className="mt-1">{interview.notes}</p>}
              </li>
            ))}
          </ol>
          {editor && mentor.status !== "DECLINED" && (
            <div className="mt-4 border-t border-slate-200 pt-4">
              <h3 className="mb-2 font-semibold">Записать собеседование</h3>
              <InterviewForm
                mentorId={mentor.id}
                interviewers={interviewers}
                defaultInterviewerId={viewer.userId}
                today={calendarDateValue(todayCalendarDate(viewer.timeZone))}
              />
            </div>
          )}
        </Card>
        <Card title={`Обучение (${attended})`}>
          {attended === 0 && <p className="text-sm">Наставник ещё не посещал занятий.</p>}
          <ul className="list-disc pl-5 text-sm">
            {mentor.trainings.map(({ event }) => (
              <li key={event.id}>
                {formatDate(event.heldOn)} · {event.title}
              </li>
            ))}
          </ul>
          <Link href="/curator/mentors/trainings" className="mt-2 inline-block text-sm text-blue-800 underline">
            Обучение наставников
          </Link>
        </Card>
      </div>
    </>
  );
}
