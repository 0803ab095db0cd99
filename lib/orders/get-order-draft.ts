import "server-only";
import { countOrderPairs } from "./count-order-pairs";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";
import { orderDraftWhere } from "./order-lock";

/**
 * For the curator: the programme's draft (forming pairs not in an order), the order waiting for the director, and the
 * director's last decision — so the curator sees an approval or a return with its comment.
 */
export async function getOrderDraft(viewer: Viewer, programmeId: string) {
  assertCan(viewer, "order:prepare");
  const schoolId = viewer.schoolId;
  const [draft, pending, lastDecided] = await Promise.all([
    db.mentorship.findMany({ where: orderDraftWhere(schoolId, programmeId), select: { id: true } }),
    db.pairOrder.findFirst({
      where: { schoolId, programmeId, status: "PENDING" },
      select: { id: true, kind: true, submittedAt: true },
    }),
    db.pairOrder.findFirst({
      where: { schoolId, programmeId, status: { in: ["APPROVED", "RETURNED"] } },
      orderBy: { decidedAt: "desc" },
      select: { id: true, kind: true, status: true, number: true, signedOn: true, decidedAt: true, returnComment: true },
    }),
  ]);
  const pairs = await countOrderPairs(pending ? [pending.id] : []);
  return {
    draftIds: draft.map((pair) => pair.id),
    pending: pending && { ...pending, _count: { mentorships: pairs.get(pending.id) ?? 0 } },
    lastDecided,
  };
}
