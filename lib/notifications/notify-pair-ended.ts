import type { Prisma } from "@/lib/generated/prisma/client";
import { fullName } from "@/lib/format/person-name";
import { notify } from "./notify";

/** A pair or group ended (completed or terminated): its mentor, its mentees and their parents are told. */
export async function notifyPairEnded(tx: Prisma.TransactionClient, pair: { id: string; schoolId: string; completed: boolean }) {
  const found = await tx.mentorship.findFirstOrThrow({
    where: { id: pair.id, schoolId: pair.schoolId },
    select: {
      mentor: { select: { person: { select: { userId: true, lastName: true, firstName: true, middleName: true } } } },
      mentees: {
        where: { leftOn: null },
        select: {
          mentee: {
            select: { person: { select: { userId: true, parents: { select: { parent: { select: { userId: true } } } } } } },
          },
        },
      },
    },
  });
  const how = pair.completed ? "завершена" : "досрочно прекращена";
  const mentor = found.mentor.person;
  const recipients = [
    ...(mentor.userId ? [{ userId: mentor.userId, title: `Работа пары (группы) ${how}`, href: "/mentor" }] : []),
    ...found.mentees.flatMap(({ mentee: { person } }) => [
      ...(person.userId
        ? [{ userId: person.userId, title: `Работа с наставником ${fullName(mentor)} ${how}`, href: "/mentee" }]
        : []),
      ...person.parents.flatMap(({ parent }) =>
        parent.userId
          ? [{ userId: parent.userId, title: `Работа ребёнка с наставником ${fullName(mentor)} ${how}`, href: "/parent" }]
          : [],
      ),
    ]),
  ];
  return notify(tx, { kind: "PAIR_ENDED", schoolId: pair.schoolId, dedupeKey: `pair-ended:${pair.id}`, recipients });
}
