import type { Viewer } from "@/lib/auth/viewer";
import type { Role } from "@/lib/generated/prisma/enums";

/** The demo school's logins with their roles there (prisma/seed/demo-school.ts), and a signed-out visitor. */
export const demoIdentities: { login: string | null; roles: Role[] }[] = [
  { login: null, roles: [] },
  { login: "curator", roles: ["CURATOR"] },
  { login: "director", roles: ["DIRECTOR"] },
  { login: "admin", roles: ["ADMIN"] },
  { login: "psychologist", roles: ["PSYCHOLOGIST"] },
  { login: "mentor", roles: ["MENTOR", "PARENT"] },
  { login: "mentee", roles: ["MENTEE"] },
  { login: "parent", roles: ["PARENT"] },
  // Bound to no school: the demo municipality's coordinator and the platform operator (prisma/seed/insert-municipality.ts).
  { login: "coordinator", roles: ["COORDINATOR"] },
  { login: "operator", roles: ["OPERATOR"] },
];

/** A viewer with just these roles, to ask the route table what they may open; null when signed out. */
export function viewerWith(roles: Role[]): Viewer | null {
  if (roles.length === 0) return null;
  return { userId: "-", displayName: "-", schoolId: "-", schoolName: "-", timeZone: "Europe/Moscow", roles, schools: [] };
}
