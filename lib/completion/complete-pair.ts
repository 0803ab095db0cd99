"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { endPair } from "@/lib/mentorships/end-pair";
import { completePairSchema } from "./completion-schemas";
import { missingForCompletion } from "./completion-rules";
import { loadCompletionFacts } from "./load-completion-facts";

/**
 * The curator completes a pair from the completion board: only once its final meeting, presentation and the mentor's
 * (and a group's) reflection are there. The pair ends as endMentorship ends it (notifications, audit).
 */
export const completePair = defineAction(
  { schema: completePairSchema, permission: "completion:manage" },
  async (input, viewer) => {
    const facts = await loadCompletionFacts(db, viewer.schoolId, input.mentorshipId);
    if (!facts) throw new AppError("NOT_FOUND");
    const missing = missingForCompletion(facts);
    if (facts.status === "ACTIVE" && missing.length > 0) {
      throw new AppError("INVALID", `Пару пока нельзя завершить: нет — ${missing.join(", ").toLowerCase()}.`);
    }
    const ended = await endPair(viewer, { ...input, outcome: "COMPLETED", reason: "" });
    for (const path of ["/curator/completion", "/curator/pairs", "/mentor", "/mentee", "/parent"]) revalidatePath(path);
    return ended;
  },
);
