import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyRole } from "@/lib/notifications/notify-role";

/** The school's curators learn of a new application; the notice names nobody (the list behind the link does). */
export function notifyCuratorsOfApplication(tx: Prisma.TransactionClient, application: { id: string; schoolId: string }) {
  return notifyRole(tx, ["CURATOR"], {
    kind: "APPLICATION_SUBMITTED",
    schoolId: application.schoolId,
    dedupeKey: `application:${application.id}`,
    title: "Новая заявка на участие в программе наставничества",
    href: "/curator/applications",
  });
}
