import type { Prisma } from "@/lib/generated/prisma/client";
import { workingHere } from "@/lib/accounts/working-here";
import { notify, type NotificationEvent } from "./notify";

/** The same notice to every curator working in the school now. */
export async function notifyCurators(
  tx: Prisma.TransactionClient,
  event: Omit<NotificationEvent, "recipients"> & { title: string; href: string },
) {
  const curators = await tx.user.findMany({ where: workingHere(event.schoolId, ["CURATOR"]), select: { id: true } });
  return notify(tx, { ...event, recipients: curators.map(({ id }) => ({ userId: id, title: event.title, href: event.href })) });
}
