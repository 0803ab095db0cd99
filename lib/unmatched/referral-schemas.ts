import { z } from "zod";

const note = z.string().trim().max(1000, "Не длиннее 1000 символов").optional().default("");

export const referToPsychologistSchema = z.object({ menteeId: z.string().min(1), note });
export const closeReferralSchema = z.object({ referralId: z.string().min(1), note });
