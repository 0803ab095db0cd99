import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";

/**
 * Mentees still in each pair or group (not left), for these pairs only: one grouped query on the index, instead of
 * Prisma's relation `_count`, which counts the whole table. `where` narrows further (e.g. proposals not accepted).
 */
export async function countCurrentMentees(
  mentorshipIds: string[],
  where: Prisma.MentorshipMenteeWhereInput = { leftOn: null },
  client: Pick<typeof db, "mentorshipMentee"> = db,
): Promise<Map<string, number>> {
  if (mentorshipIds.length === 0) return new Map();
  const rows = await client.mentorshipMentee.groupBy({
    by: ["mentorshipId"],
    where: { mentorshipId: { in: mentorshipIds }, ...where },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.mentorshipId, row._count._all]));
}
