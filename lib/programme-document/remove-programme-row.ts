"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const kinds = {
  team: { entityType: "ProgrammeTeamMember", path: "/curator/programme/team" },
  resource: { entityType: "ProgrammeResource", path: "/curator/programme/team" },
  publication: { entityType: "MediaPublication", path: "/curator/programme/media" },
} as const;

const schema = z.object({
  kind: z.enum(["team", "resource", "publication"]),
  id: z.string({ error: "Не указана запись" }).min(1, "Не указана запись"),
});

/** Removes a working-group role, a resource or a publication of the school's programme. */
export const removeProgrammeRow = defineAction({ schema, permission: "programme-document:edit" }, async (input, viewer) => {
  const where = { id: input.id, schoolId: viewer.schoolId };
  await db.$transaction(async (tx) => {
    const { count } =
      input.kind === "team"
        ? await tx.programmeTeamMember.deleteMany({ where })
        : input.kind === "resource"
          ? await tx.programmeResource.deleteMany({ where })
          : await tx.mediaPublication.deleteMany({ where });
    if (count === 0) throw new AppError("NOT_FOUND");
    await recordAudit(tx, viewer, {
      action: `programme-${input.kind}.remove`,
      entityType: kinds[input.kind].entityType,
      entityId: input.id,
    });
  });
  revalidatePath(kinds[input.kind].path);
  return { id: input.id };
});
