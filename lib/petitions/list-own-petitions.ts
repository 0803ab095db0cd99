import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { answerableSubjects } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** Petitions about the viewer or the viewer's children, the newest first: to show each pair's latest one. */
export async function listOwnPetitions(viewer: Viewer) {
  assertCan(viewer, "petition:file");
  const petitions = await db.replacementPetition.findMany({
    where: { schoolId: viewer.schoolId, mentee: { person: answerableSubjects(viewer) } },
    orderBy: { createdAt: "desc" },
    select: {
      mentorshipId: true,
      menteeId: true,
      status: true,
      createdAt: true,
      decidedAt: true,
      decisionComment: true,
      filedById: true,
    },
  });
  // The director's comment is for whoever filed the petition: a child does not read what was written to the parent.
  return petitions.map(({ filedById, decisionComment, ...petition }) => ({
    ...petition,
    decisionComment: filedById === viewer.userId ? decisionComment : null,
  }));
}

export type OwnPetition = Awaited<ReturnType<typeof listOwnPetitions>>[number];
