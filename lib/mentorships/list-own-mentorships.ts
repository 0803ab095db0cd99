import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { ownMentorships } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";
import { countMeetings } from "./count-meetings";

export async function listOwnMentorships(viewer: Viewer) {
  assertCan(viewer, "mentorship:read-own");
  const pairs = await db.mentorship.findMany({
    where: ownMentorships(viewer),
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    include: {
      mentees: {
        where: { leftOn: null },
        include: { mentee: { include: { person: { select: { id: true, lastName: true, firstName: true, middleName: true } } } } },
      },
      meetings: { orderBy: { heldOn: "desc" }, take: 1, select: { heldOn: true, type: true } },
      order: { select: { number: true, signedOn: true } },
    },
  });
  const meetings = await countMeetings(pairs.map((pair) => pair.id));
  return pairs.map((pair) => ({ ...pair, _count: { meetings: meetings.get(pair.id) ?? 0 } }));
}
