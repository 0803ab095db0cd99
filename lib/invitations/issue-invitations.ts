"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InvitationRole } from "@/lib/generated/prisma/enums";
import { classKey, parseClassKey } from "./class-key";
import { generateInvitationCode, hashInvitationCode, invitationExpiry } from "./invitation-code";
import { issueInvitationsSchema } from "./invitation-schema";
import { buildInvitationSheet } from "./invitation-sheet";
import { MAX_PARENT_ACCOUNTS, parentCapReached, workingParentLinks } from "./parent-accounts";
import { planInvitations, skippedSummary } from "./plan-invitations";
import { recordPersonAudit } from "./record-person-audit";
import { requestOrigin } from "./request-info";
import { assertPupilOnlyAccount } from "./pupil-only-account";

const purposeLabels = {
  "sign-up": "код для ученика",
  "password-reset": "код для смены пароля ученика",
  parent: "код для родителя",
};

/**
 * Issues codes for a class (only to pupils and parents who have no account yet) or one code for one pupil,
 * and returns the printable sheet. In one transaction, each pupil's earlier unused code of the same role stops working.
 */
export const issueInvitations = defineAction(
  { schema: issueInvitationsSchema, permission: "invitation:manage" },
  async ({ classKey: key, personId, audience, resetPassword }, viewer) => {
    const roles: InvitationRole[] = audience === "BOTH" ? ["MENTEE", "PARENT"] : [audience];
    const schoolClass = key ? parseClassKey(key) : null;
    if (key && !schoolClass) throw new AppError("INVALID", "Выберите класс.", { classKey: ["Выберите класс"] });
    const where: Prisma.PupilWhereInput = {
      schoolId: viewer.schoolId,
      status: "ENROLLED",
      person: { anonymisedAt: null },
      ...(schoolClass ?? { personId }),
    };
    const pupils = await db.pupil.findMany({
      where,
      orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
      select: {
        grade: true,
        classLetter: true,
        person: {
          select: {
            id: true,
            lastName: true,
            firstName: true,
            middleName: true,
            userId: true,
            parents: { where: { schoolId: viewer.schoolId }, select: { parent: { select: { userId: true } } } },
          },
        },
      },
    });
    if (pupils.length === 0) throw new AppError("NOT_FOUND", key ? "В этом классе нет учеников." : undefined);

    const { planned, skipped } = planInvitations(pupils, roles, { classWide: Boolean(key), resetPassword });
    for (const entry of planned) {
      if (entry.purpose === "password-reset") await assertPupilOnlyAccount(db, entry.pupil.person.userId!, viewer.schoolId);
    }
    if (planned.length === 0) throw new AppError("CONFLICT", `Коды не выданы. ${skippedSummary(skipped)}`);
    if (personId && roles.includes("PARENT")) {
      const working = await db.parentChild.count({ where: workingParentLinks(viewer.schoolId, personId) });
      if (working >= MAX_PARENT_ACCOUNTS) throw new AppError("CONFLICT", parentCapReached);
    }

    const now = new Date();
    const expiresAt = invitationExpiry(now);
    const drafts = planned.map((entry) => {
      const code = generateInvitationCode();
      return { ...entry, code, codeHash: hashInvitationCode(code) };
    });
    await recordReads(
      viewer,
      drafts.map((d) => d.pupil.person.id),
      "Лист приглашений",
    );

    const created = await db.$transaction(async (tx) => {
      await tx.invitation.updateMany({
        where: {
          schoolId: viewer.schoolId,
          usedAt: null,
          revokedAt: null,
          OR: drafts.map((d) => ({ personId: d.pupil.person.id, role: d.role })),
        },
        data: { revokedAt: now },
      });
      const rows = await tx.invitation.createManyAndReturn({
        data: drafts.map((d) => ({
          schoolId: viewer.schoolId,
          personId: d.pupil.person.id,
          role: d.role,
          codeHash: d.codeHash,
          expiresAt,
          issuedById: viewer.userId,
        })),
        select: { id: true, codeHash: true },
      });
      const ids = new Map(rows.map((row) => [row.codeHash, row.id]));
      const byPupil = new Map<string, typeof drafts>();
      for (const d of drafts) byPupil.set(d.pupil.person.id, [...(byPupil.get(d.pupil.person.id) ?? []), d]);
      await recordPersonAudit(
        tx,
        viewer,
        "invitation.issue",
        [...byPupil].map(([pupilId, codes]) => ({
          personId: pupilId,
          details: {
            what: codes.map((d) => purposeLabels[d.purpose]).join(", "),
            invitations: codes.map((d) => ({ invitationId: ids.get(d.codeHash)!, role: d.role, purpose: d.purpose })),
          },
        })),
      );
      return ids;
    });

    revalidatePath("/curator/invitations");
    const title = key
      ? `Приглашения: ${classKey(schoolClass!)} класс`
      : drafts[0].purpose === "password-reset"
        ? "Новый код для смены пароля"
        : "Новый код приглашения";
    return buildInvitationSheet(
      await requestOrigin(),
      title,
      drafts.map((d) => ({
        invitationId: created.get(d.codeHash)!,
        code: d.code,
        role: d.role,
        purpose: d.purpose,
        expiresAt,
        person: d.pupil.person,
        className: classKey(d.pupil),
      })),
      skipped,
    );
  },
);
