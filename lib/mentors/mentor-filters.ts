import type { MentorCategory, MentorStatus } from "@/lib/generated/prisma/enums";
import type { MentorFilters } from "./load-mentor-rows";
import { readNameQuery } from "@/lib/search/name-search";
import { mentorCategories, mentorStatuses } from "./labels";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";

/** The list's filters from the address (?status=READY&category=TEACHER&q=…); unknown values are ignored. */
export function parseMentorFilters(params: SearchParams): MentorFilters {
  const status = firstParam(params, "status");
  const category = firstParam(params, "category");
  return {
    status: mentorStatuses.includes(status as MentorStatus) ? (status as MentorStatus) : undefined,
    category: mentorCategories.includes(category as MentorCategory) ? (category as MentorCategory) : undefined,
    ...(readNameQuery(params) && { q: readNameQuery(params) }),
  };
}
