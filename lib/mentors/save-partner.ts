"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { partnerSchema } from "./partner-schema";

/** Creates a partner organisation (empty `partnerId`) or edits one of the viewer's school. */
export const savePartner = defineAction({ schema: partnerSchema, permission: "mentor-base:edit" }, async (input, viewer) => {
  const data = { name: input.name, contact: input.contact || null, agreement: input.agreement || null };
  try {
    const partner = await db.$transaction(async (tx) => {
      let id = input.partnerId;
      if (id) {
        const updated = await tx.partnerOrganisation.updateMany({ where: { id, schoolId: viewer.schoolId }, data });
        if (updated.count === 0) throw new AppError("NOT_FOUND");
      } else {
        ({ id } = await tx.partnerOrganisation.create({ data: { schoolId: viewer.schoolId, ...data }, select: { id: true } }));
      }
      await recordAudit(tx, viewer, {
        action: input.partnerId ? "partner.update" : "partner.create",
        entityType: "PartnerOrganisation",
        entityId: id,
        details: data,
      });
      return { id };
    });
    revalidatePath("/curator/mentors/partners");
    return partner;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "Организация с таким названием уже есть.", { name: ["Такая организация уже есть"] });
    }
    throw error;
  }
});
