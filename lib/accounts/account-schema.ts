import { z } from "zod";

export const setAccountActiveSchema = z.object({
  userId: z.string().min(1),
  active: z.boolean(),
});
