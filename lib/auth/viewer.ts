import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as seen inside one school: every query and action is scoped by it. */
export interface Viewer {
  userId: string;
  displayName: string;
  schoolId: string;
  schoolName: string;
  /** The school's IANA time zone: its moments are shown and its "today" is counted there (lib/format/date.ts). */
  timeZone: string;
  roles: Role[];
  schools: { id: string; name: string }[];
  /**
   * A municipal coordinator's municipality (role COORDINATOR): bound to no school. A viewer with no school membership
   * has `schoolId` "" — every school-scoped query then finds nothing, so a page that forgot a check fails closed.
   */
  municipality?: { id: string; name: string };
}

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return viewer.roles.some((role) => roles.includes(role));
}
