import { formatInstant, zonedInstant } from "@/lib/format/date";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { addDays, dayKey, type SchoolDay } from "./scan-context";

/**
 * The day before a planned meeting (the school's tomorrow), tells its mentor, its present mentees and their parents,
 * once per meeting and person. A child is named to a parent (their own) by first name only; one query, one insert.
 */
export async function scanMeetingsTomorrow(db: PrismaClient, day: SchoolDay): Promise<number> {
  const tomorrow = addDays(day.today, 1);
  const from = zonedInstant(dayKey(tomorrow), "00:00", day.timeZone);
  const to = zonedInstant(dayKey(addDays(tomorrow, 1)), "00:00", day.timeZone);
  const meetings = await db.plannedMeeting.findMany({
    where: { schoolId: day.schoolId, status: "PLANNED", startsAt: { gte: from, lt: to }, mentorship: { status: "ACTIVE" } },
    select: {
      id: true,
      startsAt: true,
      mentorshipId: true,
      mentorship: {
        select: {
          mentor: { select: { person: { select: { userId: true } } } },
          mentees: {
            where: { leftOn: null },
            select: {
              mentee: {
                select: {
                  person: {
                    select: { userId: true, firstName: true, parents: { select: { parent: { select: { userId: true } } } } },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  const recipients = meetings.flatMap((m) => {
    const time = formatInstant(m.startsAt, day.timeZone, "time");
    const key = `meeting-tomorrow:${m.id}`;
    const people = m.mentorship.mentees.map((x) => x.mentee.person);
    const mentor = m.mentorship.mentor.person.userId;
    return [
      ...(mentor
        ? [
            {
              userId: mentor,
              title: `Завтра в ${time} встреча с наставляемыми`,
              href: `/mentor/pairs/${m.mentorshipId}`,
              dedupeKey: key,
            },
          ]
        : []),
      ...people.flatMap((p) => [
        ...(p.userId
          ? [{ userId: p.userId, title: `Завтра в ${time} встреча с наставником`, href: "/mentee", dedupeKey: key }]
          : []),
        ...p.parents.flatMap(({ parent }) =>
          parent.userId
            ? [
                {
                  userId: parent.userId,
                  title: `${p.firstName}: завтра в ${time} встреча с наставником`,
                  href: "/parent",
                  dedupeKey: key,
                },
              ]
            : [],
        ),
      ]),
    ];
  });
  if (recipients.length === 0) return 0;
  const created = await db.$transaction((tx) =>
    notify(tx, {
      kind: "MEETING_TOMORROW",
      schoolId: day.schoolId,
      dedupeKey: `meetings-tomorrow:${dayKey(tomorrow)}`,
      recipients,
    }),
  );
  return created.length;
}
