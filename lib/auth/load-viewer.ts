import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { isSessionEnded } from "./end-session";
import { sortRoles } from "./roles";
import type { Viewer } from "./viewer";

/**
 * Rebuilds the viewer from the database on every request: a disabled user or a stale session version
 * (password changed, sessions ended) gets null, whatever the JWT says. Only memberships still switched on count:
 * with none left anywhere there is no viewer. With `sessionId` (the JWT's "sid"), a signed-out session gets null too;
 * the app always passes it (lib/auth/current-viewer.ts), tests that build a viewer may omit it.
 */
export async function loadViewer(
  db: PrismaClient,
  userId: string,
  sessionVersion: number | undefined,
  preferredSchoolId?: string,
  sessionId?: string,
): Promise<Viewer | null> {
  if (sessionId !== undefined && (await isSessionEnded(db, sessionId))) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      displayName: true,
      isActive: true,
      sessionVersion: true,
      // A school that switched the account off drops out; the account still works in its other schools.
      memberships: {
        where: { deactivatedAt: null },
        select: { role: true, school: { select: { id: true, name: true, timeZone: true } } },
      },
      // Memberships bound to no school: a municipal coordinator's municipality, the platform operator (issue 14).
      municipalMemberships: {
        where: { deactivatedAt: null },
        orderBy: { createdAt: "asc" },
        take: 1,
        select: { municipality: { select: { id: true, name: true } } },
      },
      platformOperator: { select: { userId: true } },
    },
  });
  if (!user || !user.isActive || user.sessionVersion !== sessionVersion) return null;
  const schools = [...new Map(user.memberships.map((m) => [m.school.id, m.school])).values()].sort((a, b) =>
    a.name.localeCompare(b.name, "ru"),
  );
  const school = schools.find((s) => s.id === preferredSchoolId) ?? schools[0];
  const municipality = user.municipalMemberships[0]?.municipality;
  const beyondSchool: Role[] = [
    ...(municipality ? ["COORDINATOR" as const] : []),
    ...(user.platformOperator ? ["OPERATOR" as const] : []),
  ];
  if (!school && beyondSchool.length === 0) return null;
  return {
    userId: user.id,
    displayName: user.displayName,
    // No school of their own: "" matches no row, so a school-scoped query finds nothing (fails closed).
    schoolId: school?.id ?? "",
    schoolName: school?.name ?? municipality?.name ?? "Платформа",
    timeZone: school?.timeZone ?? "Europe/Moscow",
    roles: sortRoles([...user.memberships.filter((m) => m.school.id === school?.id).map((m) => m.role), ...beyondSchool]),
    schools: schools.map(({ id, name }) => ({ id, name })),
    ...(municipality ? { municipality } : {}),
  };
}
