"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createCaseSchema } from "./case-schema";
import { defaultCaseText } from "./default-case-text";
import { loadCaseFacts } from "./load-case-facts";

/**
 * The curator starts a case of best practice from a pair or group of the school (7.5): its facts are taken from the
 * pair now, the text starts as a draft without names, nothing is revealed publicly until the curator publishes it.
 */
export const createCase = defineAction({ schema: createCaseSchema, permission: "case:write" }, async (input, viewer) => {
  const created = await db.$transaction(async (tx) => {
    const loaded = await loadCaseFacts(tx, viewer.schoolId, input.mentorshipId);
    if (!loaded) throw new AppError("NOT_FOUND");
    const programme = await tx.programme.findFirstOrThrow({
      where: { id: loaded.programmeId, schoolId: viewer.schoolId },
      select: { title: true },
    });
    const text = defaultCaseText(loaded.facts, programme.title);
    const row = await tx.practiceCase.create({
      data: {
        schoolId: viewer.schoolId,
        programmeId: loaded.programmeId,
        mentorshipId: input.mentorshipId,
        ...text,
        facts: loaded.facts as unknown as Prisma.InputJsonValue,
        createdById: viewer.userId,
      },
      select: { id: true },
    });
    await recordAudit(tx, viewer, {
      action: "case.create",
      entityType: "PracticeCase",
      entityId: row.id,
      details: { mentorshipId: input.mentorshipId },
    });
    return row;
  });
  revalidatePath("/curator/cases");
  return created;
});
