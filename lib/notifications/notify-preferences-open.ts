import type { Prisma } from "@/lib/generated/prisma/client";
import { consentRequirement } from "@/lib/consent/consent-rules";
import { notify } from "./notify";

/**
 * After a group meeting (stage 5.1) everyone who was there may rank the others (stage 5.2): the mentors, the mentees
 * with an account, and the parents of children under 14, who answer for them. Titles name nobody.
 */
export async function notifyPreferencesOpen(
  tx: Prisma.TransactionClient,
  meeting: { id: string; schoolId: string },
  today: Date,
) {
  const where = { schoolId: meeting.schoolId, meetingId: meeting.id };
  const [mentors, mentees] = await Promise.all([
    tx.groupMeetingMentor.findMany({ where, select: { mentor: { select: { person: { select: { userId: true } } } } } }),
    tx.groupMeetingMentee.findMany({
      where,
      select: {
        mentee: {
          select: {
            person: {
              select: {
                userId: true,
                birthDate: true,
                pupil: { select: { id: true } },
                parents: { select: { parent: { select: { userId: true } } } },
              },
            },
          },
        },
      },
    }),
  ]);
  const title = "Прошла групповая встреча: выберите, с кем хотели бы работать";
  const users = [
    ...mentors.map((m) => m.mentor.person.userId),
    ...mentees.flatMap(({ mentee: { person } }) => {
      const forChild = consentRequirement({ birthDate: person.birthDate, isPupil: !!person.pupil }, today) === "REPRESENTATIVE";
      return [person.userId, ...(forChild ? person.parents.map((p) => p.parent.userId) : [])];
    }),
  ];
  const recipients = [...new Set(users.filter((id): id is string => !!id))].map((userId) => ({
    userId,
    title,
    href: "/preferences",
  }));
  return notify(tx, {
    kind: "PREFERENCES_OPEN",
    schoolId: meeting.schoolId,
    dedupeKey: `group-meeting:${meeting.id}`,
    recipients,
  });
}
