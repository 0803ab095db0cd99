import type { MenteeRequestKind } from "@/lib/generated/prisma/enums";
import { requestKinds } from "./labels";
import { alwaysConfidentialKinds } from "./rules";

export interface MenteeBaseFilters {
  /** «7А» */
  className?: string;
  kind?: MenteeRequestKind;
  eligibility?: "eligible" | "blocked";
}

/** Kinds a list may be filtered by: an always-confidential kind would tell who has it. */
export const filterableKinds = requestKinds.filter((kind) => !alwaysConfidentialKinds.includes(kind));

/** Filters from the page's search params; anything unknown is ignored. */
export function parseMenteeBaseFilters(params: Record<string, string | string[] | undefined>): MenteeBaseFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const kind = filterableKinds.find((k) => k === one("kind"));
  const eligibility = one("eligibility");
  return {
    className: one("class") || undefined,
    kind,
    eligibility: eligibility === "eligible" || eligibility === "blocked" ? eligibility : undefined,
  };
}
