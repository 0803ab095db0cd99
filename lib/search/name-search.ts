import type { Prisma } from "@/lib/generated/prisma/client";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";

/** The longest search the lists accept; longer input is cut, never refused (it comes from the address). */
export const nameQueryMaxLength = 100;
const maxWords = 5;

/** `?q=…` of a list page, trimmed and cut to a sane length; "" when absent. */
export function readNameQuery(params: SearchParams): string {
  const text = firstParam(params, "q") ?? "";
  return text.replace(/\s+/g, " ").trim().slice(0, nameQueryMaxLength);
}

/**
 * A person filter for a name search, done by the database: every word of the query must be part of the last, first or
 * middle name, whatever the case («иванова анна» finds Анна Сергеевна Иванова). Empty query: no filter.
 */
export function nameSearchWhere(query: string | undefined): Prisma.PersonWhereInput | undefined {
  const words = (query ?? "")
    .split(" ")
    .map((w) => w.trim())
    .filter(Boolean)
    .slice(0, maxWords);
  if (words.length === 0) return undefined;
  return {
    AND: words.map((word) => ({
      OR: [
        { lastName: { contains: word, mode: "insensitive" as const } },
        { firstName: { contains: word, mode: "insensitive" as const } },
        { middleName: { contains: word, mode: "insensitive" as const } },
      ],
    })),
  };
}
