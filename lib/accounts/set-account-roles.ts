"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { setAccountRolesSchema, STAFF_ROLES } from "./account-schema";
import { assertAnotherAdminRemains } from "./school-admins";

const isStaffRole = (role: Role) => (STAFF_ROLES as readonly Role[]).includes(role);

/**
 * Sets an account's staff roles in the admin's school: roles not listed are removed, new ones added in the account's
 * current state here (a switched-off account stays off). Pupil and parent roles are left alone, at least one role must
 * remain, the school's last working admin role cannot be removed, and nobody changes their own roles.
 */
export const setAccountRoles = defineAction(
  { schema: setAccountRolesSchema, permission: "account:manage" },
  async ({ userId, roles }, viewer) => {
    // Granting oneself a role would open what the permission table keeps from admins (the psychologist's notes, say).
    if (userId === viewer.userId) throw new AppError("FORBIDDEN", "Свои роли меняет другой администратор школы.");
    const schoolId = viewer.schoolId;
    const wanted = new Set<Role>(roles);
    const result = await db.$transaction(async (tx) => {
      const here = await tx.membership.findMany({
        where: { userId, schoolId },
        select: { id: true, role: true, deactivatedAt: true },
      });
      if (here.length === 0) throw new AppError("NOT_FOUND");
      const removed = here.filter((m) => isStaffRole(m.role) && !wanted.has(m.role));
      const added = [...wanted].filter((role) => !here.some((m) => m.role === role));
      if (removed.some((m) => m.role === "ADMIN" && !m.deactivatedAt)) await assertAnotherAdminRemains(tx, schoolId, userId);
      if (here.length - removed.length + added.length === 0) {
        throw new AppError("INVALID", "У аккаунта должна остаться хотя бы одна роль. Чтобы закрыть доступ, отключите аккаунт.", {
          roles: ["Выберите хотя бы одну роль"],
        });
      }
      if (removed.length === 0 && added.length === 0) return { added, removed: [] as Role[] };
      const deactivatedAt = here.every((m) => m.deactivatedAt) ? new Date() : null;
      await tx.membership.deleteMany({ where: { schoolId, userId, id: { in: removed.map((m) => m.id) } } });
      await tx.membership.createMany({
        data: added.map((role) => ({ userId, schoolId, role, deactivatedAt })),
        skipDuplicates: true,
      });
      const change = { added, removed: removed.map((m) => m.role) };
      await recordAudit(tx, viewer, { action: "account.roles", entityType: "User", entityId: userId, details: change });
      return change;
    });
    revalidatePath("/admin");
    return { userId, ...result };
  },
);
