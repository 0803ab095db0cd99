"use server";

import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { checkEvidenceFile, cleanFileName } from "@/lib/files/evidence-rules";
import { deleteStoredFile, storeFile } from "@/lib/files/file-store";
import { parseCalendarDate } from "@/lib/format/date";
import { achievablePairs } from "./achievable-pairs";
import { recordAchievementSchema } from "./achievement-schema";

/** Records an interim result of a mentee of a pair the viewer works with, with its evidence file if given. */
export const recordAchievement = defineAction(
  { schema: recordAchievementSchema, permission: "achievement:record" },
  async ({ file, ...input }, viewer) => {
    const pair = await db.mentorship.findFirst({
      where: {
        id: input.mentorshipId,
        ...achievablePairs(viewer),
        mentees: { some: { menteeId: input.menteeId, leftOn: null } },
      },
      select: { id: true },
    });
    if (!pair) throw new AppError("NOT_FOUND");
    let evidence: { bytes: Uint8Array; fileName: string; mime: string } | null = null;
    if (file) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const fileName = cleanFileName(file.name);
      const check = checkEvidenceFile(fileName, bytes);
      if (!check.ok) throw new AppError("INVALID", check.error, { file: [check.error] });
      evidence = { bytes, fileName, mime: check.mime };
    }
    const storageKey = evidence ? await storeFile(evidence.bytes) : null;
    try {
      const created = await db.$transaction(async (tx) => {
        const row = await tx.achievement.create({
          data: {
            schoolId: viewer.schoolId,
            mentorshipId: pair.id,
            menteeId: input.menteeId,
            kind: input.kind,
            title: input.title,
            level: input.level,
            result: input.result,
            achievedOn: parseCalendarDate(input.achievedOn),
            createdById: viewer.userId,
            ...(evidence && {
              evidenceStorageKey: storageKey,
              evidenceFileName: evidence.fileName,
              evidenceMimeType: evidence.mime,
              evidenceSize: evidence.bytes.length,
              evidenceSha256: createHash("sha256").update(evidence.bytes).digest("hex"),
            }),
          },
          select: { id: true },
        });
        await recordAudit(tx, viewer, {
          action: "achievement.create",
          entityType: "Mentorship",
          entityId: pair.id,
          details: { achievementId: row.id, kind: input.kind, withEvidence: Boolean(evidence) },
        });
        return row;
      });
      revalidatePath(`/mentor/pairs/${pair.id}`);
      revalidatePath(`/curator/pair-health/${pair.id}`);
      return created;
    } catch (error) {
      if (storageKey) await deleteStoredFile(storageKey); // nothing half-written: no file without its row
      throw error;
    }
  },
);
