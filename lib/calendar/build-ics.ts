import { createEvents, type EventAttributes } from "ics";
import { formatInstant } from "@/lib/format/date";
import { meetingTypeLabels } from "@/lib/mentorships/labels";
import type { CalendarDeadline, CalendarMeeting } from "./calendar-events";

const DAY = 24 * 3600 * 1000;
const dateArray = (d: Date): [number, number, number] => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];

function meetingEvent(m: CalendarMeeting, timeZone: string, host: string): EventAttributes {
  const lines = [
    meetingTypeLabels[m.type],
    `Начало: ${formatInstant(m.startsAt, timeZone, "dateTime")} (${timeZone})`,
    m.place && `Место: ${m.place}`,
    m.link && `Ссылка: ${m.link}`,
  ].filter(Boolean);
  return {
    uid: `meeting-${m.id}@${host}`,
    start: m.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: m.durationMinutes },
    title: m.title,
    description: lines.join("\n"),
    location: m.place ?? m.link ?? undefined,
    ...(m.link ? { url: m.link } : {}),
    status: m.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
    sequence: m.sequence,
    lastModified: m.updatedAt.getTime(),
  };
}

function deadlineEvent(d: CalendarDeadline, host: string): EventAttributes {
  return {
    uid: `task-${d.id}@${host}`,
    start: dateArray(d.dueOn),
    end: dateArray(new Date(d.dueOn.getTime() + DAY)),
    title: d.title,
    transp: "TRANSPARENT",
  };
}

/**
 * An iCalendar text of the events, made with the `ics` library: meetings as moments in UTC (exact in every client),
 * deadlines as whole days; the school's zone is named for clients that read X-WR-TIMEZONE and in each description.
 */
export function buildIcs(
  events: (CalendarMeeting | CalendarDeadline)[],
  options: { timeZone: string; calName: string; host: string },
): string {
  const { error, value } = createEvents(
    events.map((e) => (e.kind === "meeting" ? meetingEvent(e, options.timeZone, options.host) : deadlineEvent(e, options.host))),
    { productId: "nastavnik", calName: options.calName },
  );
  if (error || value === null) throw error ?? new Error("iCalendar was not built");
  return value.replace(/(X-WR-CALNAME:[^\r\n]*\r\n)/, `$1X-WR-TIMEZONE:${options.timeZone}\r\n`);
}
