import type { Metadata } from "next";
import { MentorsNav } from "@/components/mentors/mentors-nav";
import { TrainingEventForm } from "@/components/mentors/training-event-form";
import { Card, PageTitle } from "@/components/ui/card";
import { calendarDateValue, formatDate, todayCalendarDate } from "@/lib/format/date";
import { can } from "@/lib/permissions";
import { listTrainingEvents } from "@/lib/mentors/list-training-events";
import { requirePage } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Обучение наставников" };

export default async function TrainingsPage() {
  const viewer = await requirePage("/curator/mentors/trainings");
  const { events, mentors } = await listTrainingEvents(viewer);
  const editor = can(viewer, "mentor-base:edit");
  const names = new Map(mentors.map((m) => [m.id, m.name]));
  return (
    <>
      <PageTitle subtitle="Наставник, прошедший собеседование и посетивший занятие, отмечается обученным.">
        Обучение наставников
      </PageTitle>
      <MentorsNav viewer={viewer} current="/curator/mentors/trainings" />
      {editor && (
        <Card title="Новое занятие" className="mb-4">
          <TrainingEventForm mentors={mentors} today={calendarDateValue(todayCalendarDate(viewer.timeZone))} />
        </Card>
      )}
      <Card title={`Занятия (${events.length})`}>
        {events.length === 0 && <p>Занятий пока не было.</p>}
        <ol className="divide-y divide-slate-100">
          {events.map((event) => (
            <li key={event.id} className="py-3">
              <p className="font-medium">
                {formatDate(event.heldOn)} · {event.title}
              </p>
              {event.description && <p className="text-sm text-slate-700">{event.description}</p>}
              <p className="mt-1 text-sm">
                Присутствовали ({event.attendedMentorIds.length}):{" "}
                {event.attendedMentorIds.length ? event.attendedMentorIds.map((id) => names.get(id) ?? "—").join(", ") : "никто"}
              </p>
              {editor && (
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm text-blue-800 underline">Отметить посещение: {event.title}</summary>
                  <div className="mt-2">
                    <TrainingEventForm
                      mentors={mentors}
                      today={calendarDateValue(todayCalendarDate(viewer.timeZone))}
                      event={{
                        id: event.id,
                        title: event.title,
                        description: event.description,
                        heldOn: calendarDateValue(event.heldOn),
                        attendedMentorIds: event.attendedMentorIds,
                      }}
                    />
                  </div>
                </details>
              )}
            </li>
          ))}
        </ol>
      </Card>
    </>
  );
}
