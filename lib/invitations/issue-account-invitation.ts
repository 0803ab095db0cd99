"use server";

import { revalidatePath } from "next/cache";
import { hasAccountMessage } from "@/lib/accounts/account-messages";
import { defineAction } from "@/lib/actions/define-action";
import { roleLabels } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { mentorCategoryLabels } from "@/lib/mentors/labels";
import { generateInvitationCode, hashInvitationCode, invitationExpiry } from "./invitation-code";
import { inviteMentorSchema, inviteStaffSchema } from "./invitation-schema";
import { buildInvitationSheet } from "./invitation-sheet";
import { recordPersonAudit } from "./record-person-audit";
import { requestOrigin } from "./request-info";

const personSelect = {
  id: true,
  lastName: true,
  firstName: true,
  middleName: true,
  userId: true,
  staff: { select: { position: true } },
  mentor: { select: { category: true } },
} satisfies Prisma.PersonSelect;

/** The admin's code for a member of staff from the roster (who has not left), with the roles the account will get. */
export const issueStaffInvitation = defineAction(
  { schema: inviteStaffSchema, permission: "account:invite-staff" },
  async ({ personId, roles }, viewer) => {
    const person = await db.person.findFirst({
      where: {
        id: personId,
        schoolId: viewer.schoolId,
        anonymisedAt: null,
        staff: { is: { schoolId: viewer.schoolId, leftAt: null } },
      },
      select: personSelect,
    });
    if (!person) throw new AppError("NOT_FOUND", "Сотрудник не найден в списке сотрудников школы.");
    const unique = [...new Set(roles)];
    return issueCode(
      viewer,
      person,
      "STAFF",
      unique,
      `${person.staff!.position} · ${unique.map((r) => roleLabels[r]).join(", ")}`,
    );
  },
);

/**
 * A code for a mentor of the base who is not on the staff (a teacher-mentor is invited as staff by the admin):
 * a student, an alumnus, a partner's employee, a parent acting as mentor. The account gets the MENTOR role.
 */
export const issueMentorInvitation = defineAction(
  { schema: inviteMentorSchema, permission: "account:invite-mentor" },
  async ({ personId }, viewer) => {
    const person = await db.person.findFirst({
      where: {
        id: personId,
        schoolId: viewer.schoolId,
        anonymisedAt: null,
        staff: { is: null },
        pupil: { is: null },
        mentor: { is: { schoolId: viewer.schoolId, status: { not: "DECLINED" } } },
      },
      select: personSelect,
    });
    if (!person) throw new AppError("NOT_FOUND", "Наставник не найден в базе наставников школы.");
    return issueCode(viewer, person, "MENTOR", ["MENTOR"], `${mentorCategoryLabels[person.mentor!.category]} · наставник`);
  },
);

async function issueCode(
  viewer: Viewer,
  person: Prisma.PersonGetPayload<{ select: typeof personSelect }>,
  role: "STAFF" | "MENTOR",
  roles: Role[],
  subtitle: string,
) {
  if (person.userId) throw new AppError("CONFLICT", hasAccountMessage);
  const now = new Date();
  const expiresAt = invitationExpiry(now);
  const code = generateInvitationCode();
  const invitation = await db.$transaction(async (tx) => {
    // One working code per card: a new one replaces a lost or unused one.
    await tx.invitation.updateMany({
      where: { schoolId: viewer.schoolId, personId: person.id, role: { in: ["STAFF", "MENTOR"] }, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const created = await tx.invitation.create({
      data: {
        schoolId: viewer.schoolId,
        personId: person.id,
        role,
        roles,
        codeHash: hashInvitationCode(code),
        expiresAt,
        issuedById: viewer.userId,
      },
      select: { id: true },
    });
    await recordPersonAudit(tx, viewer, "invitation.issue", [
      {
        personId: person.id,
        details: { what: role === "STAFF" ? "код для сотрудника" : "код для наставника", invitationId: created.id, role, roles },
      },
    ]);
    return created;
  });
  revalidatePath("/admin");
  revalidatePath("/curator/invitations");
  return buildInvitationSheet(
    await requestOrigin(),
    role === "STAFF" ? "Код приглашения сотрудника" : "Код приглашения наставника",
    [{ invitationId: invitation.id, code, role, purpose: "sign-up", expiresAt, person, className: subtitle }],
  );
}
