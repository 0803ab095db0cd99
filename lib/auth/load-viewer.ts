import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
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
  // One statement, as it runs before every page: the user, the session's end, memberships and beyond-school roles.
  const [user] = await db.$queryRaw<ViewerRow[]>`
    SELECT u.id, u."displayName", u."isActive", u."sessionVersion",
      EXISTS (SELECT 1 FROM "EndedSession" e WHERE e.id = ${sessionId ?? null}::text) AS "sessionEnded",
      -- A school that switched the account off drops out; the account still works in its other schools.
      coalesce((
        SELECT json_agg(json_build_object('role', m.role::text, 'id', s.id, 'name', s.name, 'timeZone', s."timeZone"))
        FROM "Membership" m JOIN "School" s ON s.id = m."schoolId"
        WHERE m."userId" = u.id AND m."deactivatedAt" IS NULL
      ), '[]'::json) AS memberships,
      -- Memberships bound to no school: a municipal coordinator's municipality, the platform operator (issue 14).
      (
        SELECT json_build_object('id', mu.id, 'name', mu.name)
        FROM "MunicipalMembership" mm JOIN "Municipality" mu ON mu.id = mm."municipalityId"
        WHERE mm."userId" = u.id AND mm."deactivatedAt" IS NULL
        ORDER BY mm."createdAt" LIMIT 1
      ) AS municipality,
      EXISTS (SELECT 1 FROM "PlatformOperator" po WHERE po."userId" = u.id) AS operator
    FROM "User" u
    WHERE u.id = ${userId}`;
  if (!user || user.sessionEnded || !user.isActive || user.sessionVersion !== sessionVersion) return null;
  const schools = [
    ...new Map(user.memberships.map((m) => [m.id, { id: m.id, name: m.name, timeZone: m.timeZone }])).values(),
  ].sort((a, b) => a.name.localeCompare(b.name, "ru"));
  const school = schools.find((s) => s.id === preferredSchoolId) ?? schools[0];
  const municipality = user.municipality ?? undefined;
  const beyondSchool: Role[] = [
    ...(municipality ? ["COORDINATOR" as const] : []),
    ...(user.operator ? ["OPERATOR" as const] : []),
  ];
  if (!school && beyondSchool.length === 0) return null;
  return {
    userId: user.id,
    displayName: user.displayName,
    // No school of their own: "" matches no row, so a school-scoped query finds nothing (fails closed).
    schoolId: school?.id ?? "",
    schoolName: school?.name ?? municipality?.name ?? "Платформа",
    timeZone: school?.timeZone ?? "Europe/Moscow",
    roles: sortRoles([...user.memberships.filter((m) => m.id === school?.id).map((m) => m.role), ...beyondSchool]),
    schools: schools.map(({ id, name }) => ({ id, name })),
    ...(municipality ? { municipality } : {}),
  };
}

interface ViewerRow {
  id: string;
  displayName: string;
  isActive: boolean;
  sessionVersion: number;
  sessionEnded: boolean;
  memberships: { role: Role; id: string; name: string; timeZone: string }[];
  municipality: { id: string; name: string } | null;
  operator: boolean;
}
