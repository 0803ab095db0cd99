import { z } from "zod";
import { SCHOOL_TIME_ZONES, type SchoolTimeZone } from "./time-zones";

const zoneIds = SCHOOL_TIME_ZONES.map((zone) => zone.id) as [SchoolTimeZone, ...SchoolTimeZone[]];

/** The school settings form, shared by the card and the updateSchoolSettings action. */
export const schoolSettingsSchema = z.object({
  timeZone: z.enum(zoneIds, { error: "Выберите часовой пояс из списка" }),
});

export type SchoolSettingsInput = z.input<typeof schoolSettingsSchema>;
