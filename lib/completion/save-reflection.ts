"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { reflectionSchema } from "./completion-schemas";

/**
 * A reflection at the end of the pair's work: one's own (the pair's mentor, or a mentee still in it), or the group's
 * (its mentor only). Who may write which is in the query: a mentor of another pair finds no pair here.
 */
export const saveReflection = defineAction(
  { schema: reflectionSchema, permission: "reflection:write-own" },
  async (input, viewer) => {
    const pair = await db.mentorship.findFirst({
      where: { id: input.mentorshipId, schoolId: viewer.schoolId, status: "ACTIVE" },
      select: {
        id: true,
        format: true,
        mentor: { select: { person: { select: { id: true, userId: true } } } },
        mentees: {
          where: { leftOn: null, mentee: { person: { userId: viewer.userId } } },
          select: { mentee: { select: { personId: true } } },
        },
      },
    });
    if (!pair) throw new AppError("NOT_FOUND");
    const isMentor = pair.mentor.person.userId === viewer.userId && viewer.roles.includes("MENTOR");
    const ownMentee = viewer.roles.includes("MENTEE") ? pair.mentees[0]?.mentee.personId : undefined;
    let personId: string | null;
    if (input.kind === "GROUP") {
      if (!isMentor) throw new AppError("NOT_FOUND");
      if (pair.format !== "GROUP") throw new AppError("INVALID", "Групповая рефлексия — только у группы.");
      personId = null;
    } else {
      personId = isMentor ? pair.mentor.person.id : (ownMentee ?? null);
      if (!personId) throw new AppError("NOT_FOUND");
    }
    const reflectionKey = `${pair.id}:${personId ?? "group"}`;
    const data = {
      achieved: input.achieved,
      difficulties: input.difficulties || null,
      nextSteps: input.nextSteps || null,
      usefulness: input.usefulness,
      updatedById: viewer.userId,
    };
    await db.$transaction(async (tx) => {
      const saved = await tx.pairReflection.upsert({
        where: { reflectionKey },
        create: { schoolId: viewer.schoolId, mentorshipId: pair.id, kind: input.kind, personId, reflectionKey, ...data },
        update: data,
        select: { id: true },
      });
      await recordAudit(tx, viewer, {
        action: "completion.reflection",
        entityType: "PairReflection",
        entityId: saved.id,
        details: { kind: input.kind },
      });
    });
    revalidatePath(`/pairs/${pair.id}/results`);
    return { id: pair.id };
  },
);
