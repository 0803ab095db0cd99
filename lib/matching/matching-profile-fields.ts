import { z } from "zod";
import { checkboxes } from "@/lib/validation/checkbox-fields";
import { availabilitySlots } from "./score/availability-slots";
import { roleTraits } from "./score/role-models";

/** Form fields the match score reads of a mentor or a mentee: times they can meet and role-model traits. */
export const availabilitySlotsField = checkboxes(z.array(z.enum(availabilitySlots, { error: "Выберите время из списка" })));
export const traitsField = checkboxes(z.array(z.enum(roleTraits, { error: "Выберите качество из списка" })));
