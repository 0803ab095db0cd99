import { z } from "zod";

export const commentSchema = z.object({
  itemId: z.string().min(1),
  body: z.string().trim().min(1, "Напишите комментарий").max(2000, "Не длиннее 2000 символов"),
});

export type CommentInput = z.input<typeof commentSchema>;
