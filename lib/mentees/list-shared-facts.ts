import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import { ownMentorships } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";
import { openMentorshipStatus, sharedWithViewer } from "./scopes";

/**
 * The confidential facts the curator shared with the viewer about the mentees of one of their own pairs/groups
 * («Сведения от куратора»), by mentee id. Another mentor's pair gives an empty map.
 */
export async function listSharedFacts(viewer: Viewer, mentorshipId: string) {
  assertCan(viewer, "mentee-confidential:read-shared");
  const facts = await db.menteeRequest.findMany({
    where: {
      AND: [
        sharedWithViewer(viewer),
        {
          mentee: {
            mentorships: {
              some: { mentorshipId, leftOn: null, mentorship: { ...ownMentorships(viewer), status: openMentorshipStatus } },
            },
          },
        },
      ],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, details: true, source: true, menteeId: true, mentee: { select: { personId: true } } },
  });
  await recordReads(
    viewer,
    facts.map((f) => f.mentee.personId),
    "Сведения от куратора в паре наставника",
  );
  const byMentee = new Map<string, typeof facts>();
  for (const fact of facts) byMentee.set(fact.menteeId, [...(byMentee.get(fact.menteeId) ?? []), fact]);
  return byMentee;
}
