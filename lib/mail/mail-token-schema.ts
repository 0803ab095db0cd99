import { z } from "zod";

const invalidLink = "Ссылка недействительна. Откройте её из письма целиком.";

/** The token of a link from mail (confirmation, unsubscribe), as the page's form sends it back. */
export const mailTokenSchema = z.object({
  token: z
    .string()
    .trim()
    .min(1, invalidLink)
    .max(100, invalidLink)
    .regex(/^[A-Za-z0-9_-]+$/, invalidLink),
});
export type MailTokenInput = z.input<typeof mailTokenSchema>;
