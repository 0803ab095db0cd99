import "server-only";
import { db } from "@/lib/db/client";

/**
 * Meetings per pair, for these pairs only (the index on mentorshipId serves it). Prisma's relation `_count` compiles
 * to a count over the whole Meeting table joined afterwards, which a municipality's 300,000 meetings make slow.
 */
export async function countMeetings(mentorshipIds: string[]): Promise<Map<string, number>> {
  if (mentorshipIds.length === 0) return new Map();
  const rows = await db.meeting.groupBy({
    by: ["mentorshipId"],
    where: { mentorshipId: { in: mentorshipIds } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.mentorshipId, row._count._all]));
}
