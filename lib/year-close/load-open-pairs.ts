import type { Prisma } from "@/lib/generated/prisma/client";
import type { OpenPair } from "./close-year-pair";

/** The programme's open pairs (forming or working) of the school, with what closing them needs. */
export async function loadOpenPairs(tx: Prisma.TransactionClient, schoolId: string, programmeId: string): Promise<OpenPair[]> {
  const rows = await tx.mentorship.findMany({
    where: { schoolId, programmeId, status: { in: ["FORMING", "ACTIVE"] } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      mentorId: true,
      form: true,
      format: true,
      variant: true,
      goal: true,
      meetings: { where: { type: { in: ["FINAL", "GROUP_FINAL"] } }, select: { id: true }, take: 1 },
      mentees: { select: { menteeId: true, accepted: true, leftOn: true } },
    },
  });
  return rows.map(({ meetings, ...row }) => ({
    ...row,
    status: row.status as OpenPair["status"],
    hasFinalMeeting: meetings.length > 0,
  }));
}
