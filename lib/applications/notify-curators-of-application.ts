import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyRole } from "@/lib/notifications/notify-role";

/**
 * The school's curators learn of a new application; the notice names nobody (the list behind the link does). With
 * `hourly` (the signed-out form, open to anyone) one notice stands for every application of the same hour.
 */
export function notifyCuratorsOfApplication(
  tx: Prisma.TransactionClient,
  application: { id: string; schoolId: string },
  options: { hourly?: boolean } = {},
) {
  const hour = new Date().toISOString().slice(0, 13);
  return notifyRole(tx, ["CURATOR"], {
    kind: "APPLICATION_SUBMITTED",
    schoolId: application.schoolId,
    dedupeKey: options.hourly ? `applications-from-form:${application.schoolId}:${hour}` : `application:${application.id}`,
    title: "Новая заявка на участие в программе наставничества",
    href: "/curator/applications",
  });
}
