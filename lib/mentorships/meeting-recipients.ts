import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who is told about a pair's planned meeting: its present mentees and their parents, each with a title written for them
 * (a parent reads their child's first name; nobody reads another child's name). Accounts only; one statement.
 */
export async function meetingRecipients(
  tx: Prisma.TransactionClient,
  schoolId: string,
  mentorshipId: string,
  text: string,
  href: { mentee: string; parent: string },
) {
  const mentees = await tx.mentorshipMentee.findMany({
    where: { schoolId, mentorshipId, leftOn: null },
    select: {
      mentee: {
        select: {
          person: {
            select: { userId: true, firstName: true, parents: { select: { parent: { select: { userId: true } } } } },
          },
        },
      },
    },
  });
  return mentees.flatMap(({ mentee: { person } }) => [
    ...(person.userId ? [{ userId: person.userId, title: text, href: href.mentee }] : []),
    ...person.parents.flatMap(({ parent }) =>
      parent.userId ? [{ userId: parent.userId, title: `${person.firstName}: ${text}`, href: href.parent }] : [],
    ),
  ]);
}
