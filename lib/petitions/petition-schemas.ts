import { z } from "zod";

const reason = z
  .string({ error: "Напишите, почему нужна замена наставника" })
  .trim()
  .min(10, "Напишите, почему нужна замена наставника (не короче 10 символов)")
  .max(1000, "Не длиннее 1000 символов");

/** The mentee (or a parent for their child) asks the director to replace the mentor of one pair. */
export const filePetitionSchema = z.object({
  mentorshipId: z.string().min(1),
  menteeId: z.string().min(1),
  reason,
});

/** The director's decision: approval ends the mentee's part in the pair; a refusal says why. */
export const decidePetitionSchema = z
  .object({
    petitionId: z.string().min(1),
    decision: z.enum(["APPROVE", "REJECT"], { error: "Выберите решение" }),
    comment: z.string().trim().max(1000, "Не длиннее 1000 символов").optional().default(""),
  })
  .refine((value) => value.decision === "APPROVE" || value.comment.length >= 5, {
    path: ["comment"],
    message: "Объясните отказ (не короче 5 символов)",
  });

export type FilePetitionInput = z.input<typeof filePetitionSchema>;
export type DecidePetitionInput = z.input<typeof decidePetitionSchema>;
