import { z } from "zod";
import { WorkFormat } from "@/lib/generated/prisma/enums";
import { availabilitySlotsField, traitsField } from "@/lib/matching/matching-profile-fields";
import { checkboxes } from "@/lib/validation/checkbox-fields";

/** One schema for a mentee's «для подбора» form and its action: what the match score reads besides the requests. */
export const menteeMatchingProfileSchema = z.object({
  personId: z.string().min(1).max(64),
  preferredFormats: checkboxes(z.array(z.enum(WorkFormat, { error: "Выберите формат из списка" }))),
  availabilitySlots: availabilitySlotsField,
  traits: traitsField,
});

export type MenteeMatchingProfileInput = z.input<typeof menteeMatchingProfileSchema>;
