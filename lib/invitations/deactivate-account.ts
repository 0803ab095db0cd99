"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { deactivateAccountSchema } from "./invitation-schema";
import { familyAccountsOfSchool } from "./family-accounts";
import { recordPersonAudit } from "./record-person-audit";

const notFound = "Аккаунт не найден, уже отключён или не относится к ученикам и родителям школы.";

/**
 * The curator turns off a pupil's or a parent's account in their school (lost code, a parent who no longer has custody).
 * Like the admin's switch, it acts on this school's memberships only: the account's pages here stop at the next request
 * (lib/auth/load-viewer.ts reads working memberships only), another school keeps it. The pupil's codes still waiting
 * to be used stop working, so an old slip cannot switch the account back on.
 */
export const deactivateAccount = defineAction(
  { schema: deactivateAccountSchema, permission: "invitation:manage" },
  async ({ userId }, viewer) => {
    const schoolId = viewer.schoolId;
    await db.$transaction(async (tx) => {
      const user = await tx.user.findFirst({
        where: {
          id: userId,
          AND: [{ memberships: { some: { schoolId, deactivatedAt: null } } }, familyAccountsOfSchool(schoolId)],
        },
        select: {
          people: {
            where: { schoolId },
            select: {
              id: true,
              pupil: { select: { personId: true } },
              children: { where: { schoolId }, select: { childId: true } },
            },
          },
        },
      });
      if (!user) throw new AppError("NOT_FOUND", notFound);
      const { count } = await tx.membership.updateMany({
        where: { userId, schoolId, deactivatedAt: null },
        data: { deactivatedAt: new Date() },
      });
      if (count === 0) throw new AppError("NOT_FOUND", notFound);

      const ownPupils = user.people.flatMap((p) => (p.pupil ? [p.id] : []));
      const revoked = ownPupils.length
        ? await tx.invitation.updateMany({
            where: { schoolId, personId: { in: ownPupils }, role: "MENTEE", usedAt: null, revokedAt: null },
            data: { revokedAt: new Date() },
          })
        : { count: 0 };

      // Logged on the account holder's own record and on each child's, so every child's access log shows it.
      const concerned = [...new Set(user.people.flatMap((p) => [p.id, ...p.children.map((c) => c.childId)]))];
      const account = ownPupils.length ? "MENTEE" : "PARENT";
      await recordPersonAudit(
        tx,
        viewer,
        "account.disable",
        concerned.map((personId) => ({
          personId,
          details: {
            what: `${account === "MENTEE" ? "аккаунт ученика" : "аккаунт родителя"} отключён в этой школе`,
            userId,
            account,
            scope: "school",
            revokedCodes: revoked.count,
          },
        })),
      );
    });
    revalidatePath("/curator/invitations");
    return { userId, scope: "school" as const };
  },
);
