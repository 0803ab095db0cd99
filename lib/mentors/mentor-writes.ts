import "server-only";
import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MentorStatus } from "@/lib/generated/prisma/enums";
import type { SelectionResult } from "./selection-rules";

/** The viewer's school's mentor, inside the action's transaction; any other id is "not found". */
export async function findSchoolMentor(tx: Prisma.TransactionClient, viewer: Viewer, mentorId: string) {
  const mentor = await tx.mentorProfile.findFirst({
    where: { id: mentorId, schoolId: viewer.schoolId },
    select: {
      id: true,
      personId: true,
      category: true,
      status: true,
      certificateIssuedOn: true,
      person: { select: { pupil: { select: { id: true } }, staff: { select: { id: true } } } },
    },
  });
  if (!mentor) throw new AppError("NOT_FOUND");
  return mentor;
}

/**
 * Applies a selection step decided by nextMentorStatus. The update names the status it started from,
 * so two curators pressing buttons at once cannot both move the mentor.
 */
export async function applyMentorStep(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  mentor: { id: string; status: MentorStatus },
  result: SelectionResult,
  extra: { declineReason?: string | null; details?: Record<string, string> } = {},
): Promise<MentorStatus> {
  if (!result.ok) throw new AppError("INVALID", result.reason);
  if (result.status === mentor.status) return mentor.status;
  const updated = await tx.mentorProfile.updateMany({
    where: { id: mentor.id, schoolId: viewer.schoolId, status: mentor.status },
    data: {
      status: result.status,
      statusChangedAt: new Date(),
      ...(extra.declineReason !== undefined && { declineReason: extra.declineReason }),
    },
  });
  if (updated.count === 0) throw new AppError("CONFLICT");
  await recordAudit(tx, viewer, {
    action: "mentor.status",
    entityType: "MentorProfile",
    entityId: mentor.id,
    details: { from: mentor.status, to: result.status, ...extra.details },
  });
  return result.status;
}

export function revalidateMentors(mentorId?: string): void {
  revalidatePath("/curator/mentors");
  if (mentorId) revalidatePath(`/curator/mentors/${mentorId}`);
}
