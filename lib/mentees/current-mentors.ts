import type { Prisma } from "@/lib/generated/prisma/client";
import { openMentorshipStatus } from "./scopes";

type Client = Pick<Prisma.TransactionClient, "mentorProfile">;

/**
 * The mentors who lead the mentee now: of an open (FORMING or ACTIVE) pair or group the mentee has not left.
 * A confidential fact can be shared only with one of them. The caller has checked that the viewer may see them.
 */
export async function loadCurrentMentors(client: Client, schoolId: string, menteeId: string) {
  return client.mentorProfile.findMany({
    where: {
      schoolId,
      mentorships: { some: { schoolId, status: openMentorshipStatus, mentees: { some: { menteeId, leftOn: null } } } },
    },
    orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }, { id: "asc" }],
    select: { id: true, person: { select: { lastName: true, firstName: true, middleName: true } } },
  });
}

export type CurrentMentor = Awaited<ReturnType<typeof loadCurrentMentors>>[number];
