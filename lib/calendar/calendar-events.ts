import "server-only";
import { mentorshipsTakenPartIn } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingType, PlannedMeetingStatus } from "@/lib/generated/prisma/enums";

export interface CalendarMeeting {
  kind: "meeting";
  id: string;
  type: MeetingType;
  startsAt: Date;
  durationMinutes: number;
  place: string | null;
  link: string | null;
  topic: string;
  status: PlannedMeetingStatus;
  sequence: number;
  updatedAt: Date;
  /** The title as the subscriber may read it: first names only, never a child's surname. */
  title: string;
}

export interface CalendarDeadline {
  kind: "deadline";
  id: string;
  dueOn: Date;
  title: string;
}

type Pair = {
  mentor: { person: { userId: string | null; lastName: string; firstName: string; middleName: string | null } };
  mentees: {
    mentee: { person: { userId: string | null; firstName: string; parents: { parent: { userId: string | null } }[] } };
  }[];
};

const pairSelect = {
  mentor: { select: { person: { select: { userId: true, lastName: true, firstName: true, middleName: true } } } },
  mentees: {
    where: { leftOn: null },
    select: {
      mentee: {
        select: {
          person: { select: { userId: true, firstName: true, parents: { select: { parent: { select: { userId: true } } } } } },
        },
      },
    },
  },
} as const;

/**
 * Who the event is with, as the subscriber reads it: a mentor sees the mentee's first name (or the group's size), a
 * mentee their mentor's name (an adult), a parent their own child's first name. No child's surname: a feed ends up in
 * phone calendars and other apps.
 */
function withWhom(viewer: Viewer, pair: Pair): string {
  if (pair.mentor.person.userId === viewer.userId) {
    const names = pair.mentees.map((m) => m.mentee.person.firstName);
    return names.length === 1 ? names[0] : `группа (${names.length})`;
  }
  const initials = `${pair.mentor.person.firstName[0]}.${pair.mentor.person.middleName ? ` ${pair.mentor.person.middleName[0]}.` : ""}`;
  const mentor = `наставник ${pair.mentor.person.lastName} ${initials}`;
  const child = pair.mentees.find((m) => m.mentee.person.parents.some((p) => p.parent.userId === viewer.userId));
  return child && child.mentee.person.userId !== viewer.userId ? `${child.mentee.person.firstName}, ${mentor}` : mentor;
}

/**
 * The subscriber's own calendar: the planned (and cancelled, so calendars drop them) meetings of the pairs they take
 * part in, and the due dates of open tasks of the plans they may read. Two queries. `pairs` widens the meetings' pairs
 * (one meeting's .ics for the curator, who sees every pair of the school); the feed never does.
 */
export async function calendarEvents(
  db: Prisma.TransactionClient,
  viewer: Viewer,
  options: { meetingId?: string; pairs?: Prisma.MentorshipWhereInput } = {},
) {
  const meetings = await db.plannedMeeting.findMany({
    where: {
      schoolId: viewer.schoolId,
      mentorship: options.pairs ?? mentorshipsTakenPartIn(viewer),
      status: { in: ["PLANNED", "CANCELLED"] },
      ...(options.meetingId ? { id: options.meetingId } : {}),
    },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      type: true,
      startsAt: true,
      durationMinutes: true,
      place: true,
      link: true,
      topic: true,
      status: true,
      sequence: true,
      updatedAt: true,
      mentorship: { select: pairSelect },
    },
  });
  const events: (CalendarMeeting | CalendarDeadline)[] = meetings.map(({ mentorship, ...m }) => ({
    kind: "meeting",
    ...m,
    title: `Встреча: ${withWhom(viewer, mentorship)} — ${m.topic}`,
  }));
  if (options.meetingId) return events;
  const tasks = await db.planTask.findMany({
    where: {
      schoolId: viewer.schoolId,
      dueOn: { not: null },
      status: { in: ["OPEN", "IN_PROGRESS"] },
      goal: {
        plan: {
          mentorship: mentorshipsTakenPartIn(viewer),
          // A mentee's or parent's feed: the group's plan and their own (their child's) only.
          OR: [
            { menteeId: null },
            { mentorship: { mentor: { person: { userId: viewer.userId } } } },
            {
              mentee: {
                person: { OR: [{ userId: viewer.userId }, { parents: { some: { parent: { userId: viewer.userId } } } }] },
              },
            },
          ],
        },
      },
    },
    orderBy: { dueOn: "asc" },
    select: {
      id: true,
      title: true,
      dueOn: true,
      goal: { select: { plan: { select: { mentorship: { select: pairSelect } } } } },
    },
  });
  for (const task of tasks) {
    events.push({
      kind: "deadline",
      id: task.id,
      dueOn: task.dueOn!,
      title: `Срок задачи: ${task.title} (${withWhom(viewer, task.goal.plan.mentorship)})`,
    });
  }
  return events;
}
