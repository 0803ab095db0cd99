import { z } from "zod";
import { matchingObjectives } from "@/lib/matching/optimiser/types";

const id = z.string().min(1).max(64);
/** The draft's version as the curator's page showed it (claimDraft). */
const version = z.coerce.number().int().min(0).max(2_147_483_647);

export const runMatchingSchema = z.object({
  version,
  objective: z.enum(matchingObjectives, { error: "Выберите цель подбора" }),
});

/** One proposed pair of the draft: a mentee's row in a forming pair or group. */
export const draftPairSchema = z.object({ version, rowId: id });

export const acceptAllSchema = z.object({ version });

export const replaceMentorSchema = z.object({
  version,
  rowId: id,
  mentorId: z.string({ error: "Выберите наставника" }).min(1, "Выберите наставника").max(64),
});

export type RunMatchingInput = z.input<typeof runMatchingSchema>;
export type ReplaceMentorInput = z.input<typeof replaceMentorSchema>;
