import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

/** The contact the signed-in mentor shows their mentees ("" for none); null when the viewer has no mentor profile here. */
export async function getShownContact(viewer: Viewer): Promise<string | null> {
  const profile = await db.mentorProfile.findFirst({
    where: { schoolId: viewer.schoolId, person: { userId: viewer.userId } },
    select: { shownContact: true },
  });
  return profile ? (profile.shownContact ?? "") : null;
}
