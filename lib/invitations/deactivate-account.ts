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
 * Every open session ends at once, and the pupil's codes still waiting to be used stop working, so an old slip cannot
 * switch the account back on. An account that also belongs to another school only loses this school.
 */
export const deactivateAccount = defineAction(
  { schema: deactivateAccountSchema, permission: "invitation:manage" },
  async ({ userId }, viewer) => {
    const schoolId = viewer.schoolId;
    const result = await db.$transaction(async (tx) => {
      const user = await tx.user.findFirst({
        where: { id: userId, isActive: true, AND: [{ memberships: { some: { schoolId } } }, familyAccountsOfSchool(schoolId)] },
        select: {
          memberships: { select: { schoolId: true } },
          people: {
            where: { schoolId },
            select: { id: true, pupil: { select: { personId: true } }, children: { where: { schoolId }, select: { childId: true } } },
          },
        },
      });
      if (!user) throw new AppError("NOT_FOUND", notFound);
      const otherSchools = user.memberships.some((m) => m.schoolId !== schoolId);
      const { count } = otherSchools
        ? await tx.membership.deleteMany({ where: { userId, schoolId } })
        : await tx.user.updateMany({ where: { id: userId, isActive: true }, data: { isActive: false } });
      if (count === 0) throw new AppError("NOT_FOUND", notFound);
      await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });

      const ownPupils = user.people.flatMap((p) => (p.pupil ? [p.id] : []));
      const revoked = ownPupils.length
        ? await tx.invitation.updateMany({
            where: { schoolId, personId: { in: ownPupils }, role: "MENTEE", usedAt: null, revokedAt: null },
            data: { revokedAt: new Date() },
          })
        : { count: 0 };

      // Logged on the account holder's own record and on each child's, so every child's access log shows it.
      const concerned = [...new Set(user.people.flatMap((p) => [p.id, ...p.children.map((c) => c.childId)]))];
      const scope = otherSchools ? "school" : "account";
      const account = ownPupils.length ? "MENTEE" : "PARENT";
      await recordPersonAudit(tx, viewer, "account.disable", concerned.map((personId) => ({
        personId,
        details: {
          what: `${account === "MENTEE" ? "аккаунт ученика" : "аккаунт родителя"} ${otherSchools ? "отключён в этой школе" : "отключён"}`,
          userId, account, scope, revokedCodes: revoked.count,
        },
      })));
      return { scope };
    });
    revalidatePath("/curator/invitations");
    return { userId, scope: result.scope };
  },
);
