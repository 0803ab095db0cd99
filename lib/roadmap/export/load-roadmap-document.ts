import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { initialsName } from "@/lib/format/person-name";
import type { Role } from "@/lib/generated/prisma/enums";
import { getRoadmap } from "@/lib/roadmap/get-roadmap";
import { roadmapDocument, type RoadmapDocument } from "./roadmap-rows";

// The role a document names a person by: the programme's roles first, never a family one.
const documentRoles: [Role, string][] = [
  ["DIRECTOR", "директор"],
  ["CURATOR", "куратор"],
  ["PSYCHOLOGIST", "педагог-психолог"],
  ["MENTOR", "наставник"],
  ["ADMIN", "администратор"],
];

type Signer = {
  displayName: string;
  memberships: { role: Role }[];
  people: { lastName: string; firstName: string; middleName: string | null }[];
};

const signedName = (user: Signer) => (user.people[0] ? initialsName(user.people[0]) : user.displayName);

/** «О. М. Дмитриева, куратор». */
function responsibleLabel(user: Signer): string {
  const role = documentRoles.find(([r]) => user.memberships.some((m) => m.role === r));
  return role ? `${signedName(user)}, ${role[1]}` : signedName(user);
}

/**
 * The roadmap of a school year ready for a document: responsible people named as a school signs them, and the director
 * for the approval block. One query for the people whatever the number of items.
 */
export async function loadRoadmapDocument(
  viewer: Viewer,
  year?: number,
): Promise<{ doc: RoadmapDocument; startYear: number } | null> {
  const roadmap = await getRoadmap(viewer, year);
  if (!roadmap) return null;
  const schoolId = viewer.schoolId;
  const ids = [...new Set(roadmap.stages.flatMap((stage) => stage.items.flatMap((item) => item.responsibleId ?? [])))];
  const users = await db.user.findMany({
    where: {
      memberships: { some: { schoolId, deactivatedAt: null } },
      OR: [{ id: { in: ids } }, { memberships: { some: { schoolId, role: "DIRECTOR", deactivatedAt: null } } }],
    },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      displayName: true,
      memberships: { where: { schoolId, deactivatedAt: null }, select: { role: true } },
      people: { where: { schoolId }, select: { lastName: true, firstName: true, middleName: true }, take: 1 },
    },
  });
  const director = users.find((user) => user.memberships.some((m) => m.role === "DIRECTOR"));
  const doc = roadmapDocument(roadmap, {
    schoolName: viewer.schoolName,
    approval: { position: "Директор", name: director ? signedName(director) : null, orderNumber: null, orderDate: null },
    responsibleLabels: new Map(users.map((user) => [user.id, responsibleLabel(user)])),
  });
  return { doc, startYear: roadmap.startYear };
}
