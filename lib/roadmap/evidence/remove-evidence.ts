"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { workableRoadmapItems } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { deleteStoredFile } from "@/lib/files/file-store";
import { can } from "@/lib/permissions";
import { removeEvidenceSchema } from "./evidence-schemas";

export const removeEvidence = defineAction(
  { schema: removeEvidenceSchema, permission: "roadmap:update-own" },
  async ({ evidenceId }, viewer) => {
    const evidence = await db.roadmapEvidence.findFirst({
      where: { id: evidenceId, schoolId: viewer.schoolId, item: workableRoadmapItems(viewer, can(viewer, "roadmap:edit")) },
      select: { id: true, itemId: true, storageKey: true, fileName: true },
    });
    if (!evidence) throw new AppError("NOT_FOUND");
    await db.$transaction(async (tx) => {
      await tx.roadmapEvidence.delete({ where: { id: evidence.id } });
      await recordAudit(tx, viewer, {
        action: "roadmap-evidence.remove",
        entityType: "RoadmapItem",
        entityId: evidence.itemId,
        details: { fileName: evidence.fileName },
      });
    });
    await deleteStoredFile(evidence.storageKey);
    revalidatePath(`/roadmap/items/${evidence.itemId}`);
    return { evidenceId };
  },
);
