"use server";

import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { workableRoadmapItems } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { checkEvidenceFile, cleanFileName } from "@/lib/files/evidence-rules";
import { deleteStoredFile, storeFile } from "@/lib/files/file-store";
import { can } from "@/lib/permissions";
import { uploadEvidenceSchema } from "./evidence-schemas";

/** Attaches a checked file to an item the viewer edits or is responsible for. */
export const uploadEvidence = defineAction(
  { schema: uploadEvidenceSchema, permission: "roadmap:update-own" },
  async ({ itemId, file }, viewer) => {
    const item = await db.roadmapItem.findFirst({
      where: { id: itemId, ...workableRoadmapItems(viewer, can(viewer, "roadmap:edit")) },
      select: { id: true },
    });
    if (!item) throw new AppError("NOT_FOUND");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const fileName = cleanFileName(file.name);
    const check = checkEvidenceFile(fileName, bytes);
    if (!check.ok) throw new AppError("INVALID", check.error, { file: [check.error] });
    const storageKey = await storeFile(bytes);
    try {
      const evidence = await db.$transaction(async (tx) => {
        const created = await tx.roadmapEvidence.create({
          data: {
            schoolId: viewer.schoolId,
            itemId,
            uploadedById: viewer.userId,
            fileName,
            mimeType: check.mime,
            size: bytes.length,
            sha256: createHash("sha256").update(bytes).digest("hex"),
            storageKey,
          },
          select: { id: true },
        });
        await recordAudit(tx, viewer, {
          action: "roadmap-evidence.upload",
          entityType: "RoadmapItem",
          entityId: itemId,
          details: { fileName },
        });
        return created;
      });
      revalidatePath(`/roadmap/items/${itemId}`);
      return evidence;
    } catch (error) {
      await deleteStoredFile(storageKey); // nothing half-written: no file without its row
      throw error;
    }
  },
);
