import type { MenteeRequestKind } from "@/lib/generated/prisma/enums";
import { readNameQuery } from "@/lib/search/name-search";
import { requestKinds } from "./labels";
import { alwaysConfidentialKinds } from "./rules";

export interface MenteeBaseFilters {
  /** «7А» */
  className?: string;
  kind?: MenteeRequestKind;
  eligibility?: "eligible" | "blocked";
  /** «without» — not in a pair or group now; «with» — in one. */
  pair?: "without" | "with";
  /** A name search: every word is part of the last, first or middle name. */
  q?: string;
}

/** Kinds a list may be filtered by: an always-confidential kind would tell who has it. */
export const filterableKinds = requestKinds.filter((kind) => !alwaysConfidentialKinds.includes(kind));

/** Filters from the page's search params; anything unknown is ignored. */
export function parseMenteeBaseFilters(params: Record<string, string | string[] | undefined>): MenteeBaseFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const kind = filterableKinds.find((k) => k === one("kind"));
  const eligibility = one("eligibility");
  const pair = one("pair");
  return {
    pair: pair === "without" || pair === "with" ? pair : undefined,
    q: readNameQuery(params) || undefined,
    className: one("class") || undefined,
    kind,
    eligibility: eligibility === "eligible" || eligibility === "blocked" ? eligibility : undefined,
  };
}
