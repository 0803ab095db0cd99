import { z } from "zod";
import { NotificationKind } from "@/lib/generated/prisma/enums";
import { checkboxes } from "@/lib/validation/checkbox-fields";

/** The e-mail preferences on /account: which events come by mail, and each at once or one daily digest. */
export const mailPreferencesSchema = z.object({
  kinds: checkboxes(z.array(z.enum(NotificationKind, { error: "Неизвестный вид уведомления" })).max(50)),
  delivery: z.enum(["immediate", "digest"], { error: "Выберите, как присылать письма" }),
});
export type MailPreferencesInput = z.input<typeof mailPreferencesSchema>;
export type MailPreferences = z.output<typeof mailPreferencesSchema>;
