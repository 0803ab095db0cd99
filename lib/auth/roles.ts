import type { Role } from "@/lib/generated/prisma/enums";

export const roleLabels: Record<Role, string> = {
  CURATOR: "Куратор",
  MENTOR: "Наставник",
  MENTEE: "Наставляемый",
  PARENT: "Родитель",
  DIRECTOR: "Директор",
  ADMIN: "Администратор",
  PSYCHOLOGIST: "Психолог",
  COORDINATOR: "Муниципальный координатор",
  OPERATOR: "Оператор платформы",
};

export const dashboardPaths: Record<Role, string> = {
  CURATOR: "/curator",
  MENTOR: "/mentor",
  MENTEE: "/mentee",
  PARENT: "/parent",
  DIRECTOR: "/director",
  ADMIN: "/admin",
  PSYCHOLOGIST: "/psychologist",
  COORDINATOR: "/municipality",
  OPERATOR: "/operator",
};

/** Order in which a user's dashboards are offered; the first one is the landing page. */
export const roleOrder: Role[] = [
  "DIRECTOR",
  "CURATOR",
  "ADMIN",
  "PSYCHOLOGIST",
  "MENTOR",
  "PARENT",
  "MENTEE",
  "COORDINATOR",
  "OPERATOR",
];

export function sortRoles(roles: Role[]): Role[] {
  return [...new Set(roles)].sort((a, b) => roleOrder.indexOf(a) - roleOrder.indexOf(b));
}
