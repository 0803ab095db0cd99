import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { kindsForRoles } from "./notification-kind-labels";

/** The kinds a user can receive, from their working roles in all their schools (one setting serves every school). */
export async function userNotificationKinds(db: Prisma.TransactionClient, userId: string): Promise<NotificationKind[]> {
  const memberships = await db.membership.findMany({ where: { userId, deactivatedAt: null }, select: { role: true } });
  return kindsForRoles(memberships.map((m) => m.role));
}
