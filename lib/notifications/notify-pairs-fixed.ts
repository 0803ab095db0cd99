import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/format/date";
import { fullName, shortName } from "@/lib/format/person-name";
import { notify } from "./notify";

const personName = { select: { userId: true, lastName: true, firstName: true, middleName: true } } as const;

/**
 * After the director's order: each mentor is told their pair or group, each mentee and each parent of a mentee
 * who their mentor is. Every text names only people its reader may see in the app.
 */
export async function notifyPairsFixed(
  tx: Prisma.TransactionClient,
  order: { id: string; schoolId: string; number: string; signedOn: Date },
  pairIds: string[],
) {
  const pairs = await tx.mentorship.findMany({
    where: { schoolId: order.schoolId, id: { in: pairIds } },
    select: {
      id: true,
      mentor: { select: { person: personName } },
      mentees: {
        where: { leftOn: null },
        select: {
          mentee: {
            select: {
              person: { select: { ...personName.select, parents: { select: { parent: { select: { userId: true } } } } } },
            },
          },
        },
      },
    },
  });
  const fixedBy = `приказом № ${order.number} от ${formatDate(order.signedOn)}`;
  const recipients = pairs.flatMap((pair) => {
    const dedupeKey = `order:${order.id}:pair:${pair.id}`;
    const mentor = pair.mentor.person;
    const mentees = pair.mentees.map((m) => m.mentee.person);
    const forMentor = mentor.userId
      ? [
          {
            userId: mentor.userId,
            title: `Закреплено ${fixedBy}: ${mentees.map(shortName).join(", ")}`,
            href: `/mentor/pairs/${pair.id}`,
          },
        ]
      : [];
    const forFamilies = mentees.flatMap((mentee) => [
      ...(mentee.userId
        ? [{ userId: mentee.userId, title: `Ваш наставник — ${fullName(mentor)} (${fixedBy})`, href: "/mentee" }]
        : []),
      ...mentee.parents.flatMap(({ parent }) =>
        parent.userId
          ? [
              {
                userId: parent.userId,
                title: `Наставник ребёнка (${mentee.firstName}) — ${fullName(mentor)} (${fixedBy})`,
                href: "/parent",
              },
            ]
          : [],
      ),
    ]);
    return [...forMentor, ...forFamilies].map((recipient) => ({ ...recipient, dedupeKey }));
  });
  // One notice per pair and reader: a parent of two mentees in one order is told about each.
  return notify(tx, { kind: "PAIR_FIXED", schoolId: order.schoolId, dedupeKey: `order:${order.id}`, recipients });
}
