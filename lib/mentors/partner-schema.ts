import { z } from "zod";
import { optionalText } from "./schema-fields";

/** One schema for the partner organisation form (create when `partnerId` is empty, else edit). */
export const partnerSchema = z.object({
  partnerId: z.string().default(""),
  name: z.string().trim().min(2, "Укажите название организации").max(200, "Не длиннее 200 символов"),
  contact: optionalText(500),
  agreement: optionalText(500),
});

export type PartnerInput = z.input<typeof partnerSchema>;
