import { z } from "zod";

/**
 * A checkbox group as the server gets it: a list of the checked values. A form with a single checkbox sends one
 * string (or false, or nothing) instead of a list; all of those become a list here, then `list` checks it.
 */
export function checkboxes<T extends z.ZodType>(list: z.ZodArray<T>) {
  return z.preprocess((value) => (Array.isArray(value) ? value : typeof value === "string" ? [value] : []), list);
}
