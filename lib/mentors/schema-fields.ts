import { z } from "zod";

export function optionalText(max: number) {
  return z.string().trim().max(max, `Не длиннее ${max} символов`).default("");
}

/** A checkbox group: one checked box reaches the server as a string, none as false or nothing. */
export function checkboxes<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (Array.isArray(value) ? value : typeof value === "string" ? [value] : []),
    z.array(item),
  );
}
