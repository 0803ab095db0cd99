/**
 * Times a mentor or mentee can meet, as a day of the week and a part of the day. Questionnaires offer these as
 * checkboxes, so availability can be compared; free text (MentorProfile.availability) stays for people to read.
 */
const days = { MON: "пн", TUE: "вт", WED: "ср", THU: "чт", FRI: "пт", SAT: "сб" } as const;
const parts = { MORNING: "утро", AFTERNOON: "день", EVENING: "вечер" } as const;

export type AvailabilitySlot = `${keyof typeof days}_${keyof typeof parts}`;

export const availabilitySlotLabels = Object.fromEntries(
  Object.entries(days).flatMap(([day, dayLabel]) =>
    Object.entries(parts).map(([part, partLabel]) => [`${day}_${part}`, `${dayLabel}, ${partLabel}`]),
  ),
) as Record<AvailabilitySlot, string>;

export const availabilitySlots = Object.keys(availabilitySlotLabels) as AvailabilitySlot[];
