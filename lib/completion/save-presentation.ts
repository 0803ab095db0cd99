"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { ownMentorships } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { presentationSchema } from "./completion-schemas";

/** The pair's mentor records how the pair presented its results (the form it chose, what it showed, a link). */
export const savePresentation = defineAction(
  { schema: presentationSchema, permission: "presentation:write" },
  async (input, viewer) => {
    const pair = await db.mentorship.findFirst({
      where: { id: input.mentorshipId, ...ownMentorships(viewer) },
      select: { id: true, status: true },
    });
    if (!pair) throw new AppError("NOT_FOUND");
    if (pair.status !== "ACTIVE") throw new AppError("INVALID", "Работа пары уже закончена: презентацию не изменить.");
    const data = { form: input.form, summary: input.summary, link: input.link || null, updatedById: viewer.userId };
    await db.$transaction(async (tx) => {
      const saved = await tx.pairPresentation.upsert({
        where: { mentorshipId: pair.id },
        create: { schoolId: viewer.schoolId, mentorshipId: pair.id, ...data },
        update: data,
        select: { id: true },
      });
      await recordAudit(tx, viewer, { action: "completion.presentation", entityType: "PairPresentation", entityId: saved.id });
    });
    revalidatePath(`/pairs/${pair.id}/results`);
    return { id: pair.id };
  },
);
