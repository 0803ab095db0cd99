import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { ORDER_SUMMARY } from "./list-orders";
import { orderDocument } from "./order-document";

const name = { select: { id: true, lastName: true, firstName: true, middleName: true } } as const;

/**
 * An order of the viewer's school with its text: the pairs it fixes and, for each, the mentees who were in it on the
 * order's day (one who left later is still in the signed order). Reading it is a read of those people's data: logged.
 */
export async function loadOrder(viewer: Viewer, orderId: string) {
  assertCan(viewer, "order:read");
  const order = await db.pairOrder.findFirst({
    where: { id: orderId, schoolId: viewer.schoolId },
    select: {
      ...ORDER_SUMMARY,
      scanFileName: true,
      programmeId: true,
      submittedBy: { select: { displayName: true } },
      decidedBy: { select: { displayName: true } },
      mentorships: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          form: true,
          format: true,
          variant: true,
          status: true,
          mentor: { select: { person: name } },
          mentees: { orderBy: { joinedOn: "asc" }, select: { leftOn: true, mentee: { select: { person: name } } } },
        },
      },
    },
  });
  if (!order) throw new AppError("NOT_FOUND");
  const [lastStage, mainOrder] = await Promise.all([
    db.programmeStage.aggregate({ where: { schoolId: viewer.schoolId, programmeId: order.programmeId }, _max: { endsOn: true } }),
    order.kind === "SUPPLEMENTARY"
      ? db.pairOrder.findFirst({
          where: { schoolId: viewer.schoolId, programmeId: order.programmeId, status: "APPROVED", kind: "INITIAL" },
          orderBy: { signedOn: "asc" },
          select: { number: true, signedOn: true },
        })
      : null,
  ]);
  const pairs = order.mentorships.map((pair) => ({
    ...pair,
    mentor: pair.mentor.person,
    mentees: pair.mentees.filter((m) => !m.leftOn || (order.signedOn && m.leftOn >= order.signedOn)).map((m) => m.mentee.person),
  }));
  await recordReads(
    viewer,
    pairs.flatMap((pair) => [pair.mentor.id, ...pair.mentees.map((m) => m.id)]),
    "Приказ о закреплении наставнических пар",
  );
  const document = orderDocument({
    schoolName: viewer.schoolName,
    kind: order.kind,
    number: order.number,
    signedOn: order.signedOn,
    programme: {
      ...order.programme,
      endsOn: lastStage._max.endsOn ?? new Date(Date.UTC(order.programme.startYear + 1, 4, 31)),
    },
    mainOrder: mainOrder?.number && mainOrder.signedOn ? { number: mainOrder.number, signedOn: mainOrder.signedOn } : null,
    curator: order.submittedBy?.displayName ?? null,
    director: order.status === "APPROVED" ? (order.decidedBy?.displayName ?? null) : null,
    pairs,
  });
  return { order, pairs, document };
}
