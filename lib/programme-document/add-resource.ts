"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { findProgramme } from "./find-programme";
import { addResourceSchema } from "./team-schemas";

/** A resource of the programme (stage 1's result): its kind, what it is and whether it is the school's own. */
export const addResource = defineAction(
  { schema: addResourceSchema, permission: "programme-document:edit" },
  async (input, viewer) => {
    const programme = await findProgramme(viewer);
    const resource = await db.$transaction(async (tx) => {
      const created = await tx.programmeResource.create({
        data: { schoolId: viewer.schoolId, programmeId: programme.id, ...input, details: input.details || null },
        select: { id: true },
      });
      await recordAudit(tx, viewer, {
        action: "programme-resource.add",
        entityType: "ProgrammeResource",
        entityId: created.id,
        details: { kind: input.kind },
      });
      return created;
    });
    revalidatePath("/curator/programme/team");
    return resource;
  },
);
