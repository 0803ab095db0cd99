"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InvitationRole } from "@/lib/generated/prisma/enums";
import { classKey, parseClassKey } from "./class-key";
import { generateInvitationCode, hashInvitationCode, invitationExpiry } from "./invitation-code";
import { issueInvitationsSchema } from "./invitation-schema";
import { buildInvitationSheet } from "./invitation-sheet";
import { requestOrigin } from "./request-info";

/**
 * Issues one code per pupil and role for a class (or for one pupil) and returns the printable sheet.
 * In one transaction, each pupil's earlier unused codes of the same role stop working.
 */
export const issueInvitations = defineAction(
  { schema: issueInvitationsSchema, permission: "invitation:manage" },
  async ({ classKey: key, personId, audience }, viewer) => {
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
      select: { grade: true, classLetter: true, person: { select: { id: true, lastName: true, firstName: true, middleName: true } } },
    });
    if (pupils.length === 0) throw new AppError("NOT_FOUND", key ? "В этом классе нет учеников." : undefined);

    const now = new Date();
    const expiresAt = invitationExpiry(now);
    const personIds = pupils.map((p) => p.person.id);
    const drafts = pupils.flatMap((pupil) =>
      roles.map((role) => {
        const code = generateInvitationCode();
        return { pupil, role, code, codeHash: hashInvitationCode(code) };
      }),
    );
    await recordReads(viewer, personIds, "Лист приглашений");

    const created = await db.$transaction(async (tx) => {
      await tx.invitation.updateMany({
        where: { schoolId: viewer.schoolId, personId: { in: personIds }, role: { in: roles }, usedAt: null, revokedAt: null },
        data: { revokedAt: now },
      });
      const rows = await tx.invitation.createManyAndReturn({
        data: drafts.map((d) => ({
          schoolId: viewer.schoolId, personId: d.pupil.person.id, role: d.role, codeHash: d.codeHash, expiresAt, issuedById: viewer.userId,
        })),
        select: { id: true, codeHash: true, personId: true, role: true },
      });
      for (const row of rows) {
        await recordAudit(tx, viewer, {
          action: "invitation.issue", entityType: "Invitation", entityId: row.id, details: { personId: row.personId, role: row.role },
        });
      }
      return new Map(rows.map((row) => [row.codeHash, row.id]));
    });

    revalidatePath("/curator/invitations");
    const title = key ? `Приглашения: ${classKey(schoolClass!)} класс` : "Новый код приглашения";
    return buildInvitationSheet(
      await requestOrigin(),
      title,
      drafts.map((d) => ({
        invitationId: created.get(d.codeHash)!,
        code: d.code,
        role: d.role,
        expiresAt,
        person: d.pupil.person,
        className: classKey(d.pupil),
      })),
    );
  },
);
