import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { ownChildren } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";

const childDetails = {
  id: true,
  lastName: true,
  firstName: true,
  middleName: true,
  pupil: { select: { grade: true, classLetter: true } },
  mentee: {
    select: {
      id: true,
      mentorships: {
        // Shown once the director's order fixed the pair, as to the child.
        where: { leftOn: null, mentorship: { status: { not: "FORMING" } } },
        select: {
          mentorship: {
            select: {
              id: true,
              form: true,
              status: true,
              order: { select: { number: true, signedOn: true } },
              mentor: { select: { person: { select: { lastName: true, firstName: true, middleName: true } } } },
              meetings: { orderBy: { heldOn: "desc" }, take: 5, select: { id: true, heldOn: true, type: true, topic: true } },
            },
          },
        },
      },
    },
  },
} as const;

/** The parent's own children in this school and how they take part in the programme. */
export async function listOwnChildren(viewer: Viewer) {
  assertCan(viewer, "family:read-own");
  return db.person.findMany({ where: ownChildren(viewer), orderBy: { firstName: "asc" }, select: childDetails });
}

/** One of the parent's own children; any other child's id is "not found". */
export async function getOwnChild(viewer: Viewer, childId: string) {
  assertCan(viewer, "family:read-own");
  const child = await db.person.findFirst({ where: { id: childId, ...ownChildren(viewer) }, select: childDetails });
  if (!child) throw new AppError("NOT_FOUND");
  return child;
}
