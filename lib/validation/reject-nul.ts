import { AppError } from "@/lib/errors";

export const NUL_MESSAGE = "Недопустимый символ в тексте";

/** Past this many values the input is not a form any more; it is refused rather than walked further. */
const MAX_VALUES = 100_000;

/**
 * The form fields whose text (or file name, or key) holds a NUL character, which PostgreSQL cannot store in text:
 * left to the database it fails the whole write with an internal error. Fields are named by their top-level key,
 * as zod's flattenError names them; "" stands for input that is itself a string.
 * The walk is iterative with a visited set, so deep or cyclic input neither overflows the stack nor loops.
 */
export function findNulFields(raw: unknown): string[] {
  const fields = new Set<string>();
  const seen = new Set<object>();
  const stack: { value: unknown; field: string }[] = [];
  const push = (value: unknown, field: string | null, key: string) => {
    const owner = field ?? key;
    if (key.includes("\u0000")) fields.add(owner);
    stack.push({ value, field: owner });
  };
  const entriesOf = (value: object): [string, unknown][] =>
    value instanceof FormData
      ? [...value.entries()]
      : value instanceof Map
        ? [...value.entries()].map(([k, v]) => [String(k), v])
        : Object.entries(value);

  stack.push({ value: raw, field: "" });
  let visited = 0;
  while (stack.length > 0) {
    if (++visited > MAX_VALUES) {
      fields.add("");
      break;
    }
    const { value, field } = stack.pop()!;
    if (typeof value === "string") {
      if (value.includes("\u0000")) fields.add(field);
    } else if (typeof File !== "undefined" && value instanceof File) {
      if (value.name.includes("\u0000")) fields.add(field);
    } else if (value !== null && typeof value === "object" && !seen.has(value)) {
      seen.add(value);
      const top = value === raw;
      if (Array.isArray(value) || value instanceof Set) {
        for (const item of value) stack.push({ value: item, field });
      } else {
        for (const [key, item] of entriesOf(value)) push(item, top ? null : field, key);
      }
    }
  }
  return [...fields];
}

/**
 * The refusal as a failed ActionResult, or null when the input is clean. defineAction throws it (rejectNul); the few
 * entry points that are not defineAction (sign-in, redeeming an invitation) return it before their zod parse:
 * `const refused = nulRefusal(input); if (refused) return refused;`.
 */
export function nulRefusal(
  raw: unknown,
): { ok: false; code: "INVALID"; error: string; fieldErrors: Record<string, string[]> } | null {
  const fields = findNulFields(raw);
  if (fields.length === 0) return null;
  return {
    ok: false,
    code: "INVALID",
    error: "Проверьте поля формы.",
    fieldErrors: Object.fromEntries(fields.map((field) => [field, [NUL_MESSAGE]])),
  };
}

/** Throws INVALID with «Недопустимый символ в тексте» next to each field holding a NUL character. */
export function rejectNul(raw: unknown): void {
  const refused = nulRefusal(raw);
  if (refused) throw new AppError("INVALID", refused.error, refused.fieldErrors);
}
