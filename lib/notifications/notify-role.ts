import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { workingHere } from "@/lib/accounts/working-here";
import { notify, type NotificationEvent } from "./notify";

/** The same notice to everyone working in the school now with one of `roles` (the curators, the director). */
export async function notifyRole(
  tx: Prisma.TransactionClient,
  roles: Role[],
  event: Omit<NotificationEvent, "recipients"> & { title: string; href: string },
) {
  const users = await tx.user.findMany({ where: workingHere(event.schoolId, roles), select: { id: true } });
  return notify(tx, { ...event, recipients: users.map(({ id }) => ({ userId: id, title: event.title, href: event.href })) });
}
