import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { answerableSubjects } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { fullName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";

/** Whom the viewer may apply for: themselves and, for a parent, their children in this school. */
export async function listApplicablePeople(viewer: Viewer) {
  assertCan(viewer, "application:submit");
  const people = await db.person.findMany({
    where: { ...answerableSubjects(viewer), anonymisedAt: null },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: {
      id: true,
      userId: true,
      lastName: true,
      firstName: true,
      middleName: true,
      birthDate: true,
      pupil: { select: { status: true } },
      staff: { select: { leftAt: true } },
    },
  });
  return people.map((person) => ({
    id: person.id,
    name: fullName(person),
    self: person.userId === viewer.userId,
    birthDate: person.birthDate,
    isPupil: person.pupil?.status === "ENROLLED",
    isStaff: Boolean(person.staff && !person.staff.leftAt),
  }));
}
