import { readNameQuery } from "@/lib/search/name-search";
import { parseClassName } from "./parse-class-name";
import type { PupilStatusFilter } from "./list-roster-pupils";
import type { StaffStatusFilter } from "./list-roster-staff";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";

const first = (params: SearchParams, key: string) => firstParam(params, key) ?? "";

/** `?class=7А&status=LEFT&q=…` of the roster page; anything unknown falls back to «all classes, enrolled». */
export function parsePupilView(params: SearchParams): {
  classLabel: string;
  grade?: number;
  classLetter?: string;
  status: PupilStatusFilter;
  q: string;
} {
  const status = first(params, "status");
  const parsed = parseClassName(first(params, "class"));
  return {
    status: status === "LEFT" || status === "ALL" ? status : "ENROLLED",
    q: readNameQuery(params),
    ...(parsed.ok
      ? { classLabel: `${parsed.grade}${parsed.classLetter}`, grade: parsed.grade, classLetter: parsed.classLetter }
      : { classLabel: "" }),
  };
}

export function parseStaffView(params: SearchParams): { status: StaffStatusFilter; q: string } {
  const status = first(params, "status");
  return { status: status === "LEFT" || status === "ALL" ? status : "CURRENT", q: readNameQuery(params) };
}
