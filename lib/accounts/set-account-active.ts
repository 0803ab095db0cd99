"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { revokeCalendarFeeds } from "@/lib/calendar/revoke-calendar-feeds";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { setAccountActiveSchema } from "./account-schema";
import { assertAnotherAdminRemains } from "./school-admins";

/**
 * Switches an account off or back on in the admin's school only: its memberships here change, those of other
 * schools do not (so an admin cannot switch back on what another school switched off). The account's pages in this
 * school stop at the next request, because lib/auth/load-viewer.ts reads only memberships that are switched on; its
 * calendar feed links of this school are revoked.
 */
export const setAccountActive = defineAction(
  { schema: setAccountActiveSchema, permission: "account:manage" },
  async ({ userId, active }, viewer) => {
    if (userId === viewer.userId) throw new AppError("INVALID", "Нельзя отключить собственную учётную запись.");
    const schoolId = viewer.schoolId;
    await db.$transaction(async (tx) => {
      const here = await tx.membership.findMany({ where: { userId, schoolId }, select: { role: true, deactivatedAt: true } });
      if (here.length === 0) throw new AppError("NOT_FOUND");
      if (!active && here.some((m) => m.role === "ADMIN" && !m.deactivatedAt))
        await assertAnotherAdminRemains(tx, schoolId, userId);
      const { count } = await tx.membership.updateMany({
        where: { userId, schoolId, deactivatedAt: active ? { not: null } : null },
        data: { deactivatedAt: active ? null : new Date() },
      });
      if (count === 0) return;
      // Switched back on later, the account makes a new feed link: the old one does not come back with it.
      if (!active) await revokeCalendarFeeds(tx, userId, { schoolId });
      await recordAudit(tx, viewer, {
        action: active ? "account.enable" : "account.disable",
        entityType: "User",
        entityId: userId,
        details: { scope: "school", memberships: count },
      });
    });
    revalidatePath("/admin");
    return { userId, active };
  },
);
