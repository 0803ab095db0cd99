import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { ownMentorships } from "@/lib/auth/scopes";
import { hasRole } from "@/lib/auth/viewer";

/** Pairs whose achievements the viewer may record and read: every pair of the school for the curator, else their own. */
export function achievablePairs(viewer: Viewer): Prisma.MentorshipWhereInput {
  return hasRole(viewer, "CURATOR") ? { schoolId: viewer.schoolId } : ownMentorships(viewer);
}
