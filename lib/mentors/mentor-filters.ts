import type { MentorCategory, MentorStatus } from "@/lib/generated/prisma/enums";
import type { MentorFilters } from "./load-mentor-rows";
import { readNameQuery } from "@/lib/search/name-search";
import { mentorCategories, mentorStatuses } from "./labels";

/** The list's filters from the address (?status=READY&category=TEACHER&q=…); unknown values are ignored. */
export function parseMentorFilters(params: Record<string, string | string[] | undefined>): MentorFilters {
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const status = one(params.status);
  const category = one(params.category);
  return {
    status: mentorStatuses.includes(status as MentorStatus) ? (status as MentorStatus) : undefined,
    category: mentorCategories.includes(category as MentorCategory) ? (category as MentorCategory) : undefined,
    ...(readNameQuery(params) && { q: readNameQuery(params) }),
  };
}
