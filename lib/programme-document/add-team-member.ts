"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { findProgramme } from "./find-programme";
import { addTeamMemberSchema } from "./team-schemas";

/** A member of staff joins the working group with a role in the programme (a person may hold several roles). */
export const addTeamMember = defineAction(
  { schema: addTeamMemberSchema, permission: "programme-document:edit" },
  async (input, viewer) => {
    const programme = await findProgramme(viewer);
    const staff = await db.staff.findFirst({
      where: { schoolId: viewer.schoolId, personId: input.personId, leftAt: null, person: { anonymisedAt: null } },
      select: { personId: true },
    });
    if (!staff) throw new AppError("INVALID", "Проверьте поля формы.", { personId: ["Выберите сотрудника школы"] });
    try {
      const member = await db.$transaction(async (tx) => {
        const created = await tx.programmeTeamMember.create({
          data: { schoolId: viewer.schoolId, programmeId: programme.id, ...input, duties: input.duties || null },
          select: { id: true },
        });
        await recordAudit(tx, viewer, {
          action: "programme-team.add",
          entityType: "ProgrammeTeamMember",
          entityId: created.id,
          details: { role: input.role },
        });
        return created;
      });
      revalidatePath("/curator/programme/team");
      return member;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError("INVALID", "Проверьте поля формы.", { role: ["У этого сотрудника уже есть такая роль"] });
      }
      throw error;
    }
  },
);
