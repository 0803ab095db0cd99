import type { MenteeRequestKind, WorkFormat } from "@/lib/generated/prisma/enums";
import { requestKindLabels } from "@/lib/mentees/labels";
import { formatLabels } from "@/lib/mentorships/labels";
import { availabilitySlotLabels, type AvailabilitySlot } from "./availability-slots";
import type { CriterionFit, ScoreMentee, ScoreMentor } from "./types";

const UNKNOWN_LEVEL = 5;

function quoted(labels: string[]): string {
  return labels.map((label) => `«${label}»`).join(", ");
}

function requestsFit(mentee: ScoreMentee, mentor: ScoreMentor): CriterionFit {
  const confidential = new Set<MenteeRequestKind>();
  const kinds = new Set<MenteeRequestKind>();
  for (const request of mentee.requests) {
    kinds.add(request.kind);
    if (request.confidential) confidential.add(request.kind);
  }
  if (kinds.size === 0) return { level: 0, passes: false, detail: "У наставляемого не указаны запросы" };
  const covered = [...kinds].filter((kind) => mentor.competencies.includes(kind));
  const level = Math.round((10 * covered.length) / kinds.size);
  if (covered.length === 0) {
    return { level, passes: false, detail: `Наставник не работает ни с одним запросом наставляемого (0 из ${kinds.size})` };
  }
  // A confidential request (ОВЗ, a psychologist's note) counts, but the explanation never names it.
  const named = covered.filter((kind) => !confidential.has(kind)).map((kind) => requestKindLabels[kind]);
  const hidden = covered.length - named.length;
  const what = [named.length ? quoted(named) : "", hidden ? `конфиденциальных: ${hidden}` : ""].filter(Boolean).join("; ");
  return { level, passes: true, detail: `Наставник работает с запросами ${covered.length} из ${kinds.size}: ${what}` };
}

function unknownSide(mine: readonly unknown[], theirs: readonly unknown[], what: string): CriterionFit | null {
  if (mine.length && theirs.length) return null;
  const who =
    !mine.length && !theirs.length ? "Никто не указал" : !mine.length ? "Наставляемый не указал" : "Наставник не указал";
  return { level: UNKNOWN_LEVEL, passes: true, detail: `${who} ${what}` };
}

function formatFit(mentee: readonly WorkFormat[], mentor: readonly WorkFormat[]): CriterionFit {
  const unknown = unknownSide(mentee, mentor, "предпочтительный формат работы");
  if (unknown) return unknown;
  const common = mentee.filter((format) => mentor.includes(format));
  const names = (formats: readonly WorkFormat[]) => formats.map((f) => formatLabels[f].toLowerCase()).join(", ");
  return common.length
    ? { level: 10, passes: true, detail: `Совпадает: ${names(common)}` }
    : { level: 0, passes: false, detail: `Не совпадает: наставляемый — ${names(mentee)}; наставник — ${names(mentor)}` };
}

function availabilityFit(mentee: readonly AvailabilitySlot[], mentor: readonly AvailabilitySlot[]): CriterionFit {
  const unknown = unknownSide(mentee, mentor, "удобное время занятий");
  if (unknown) return unknown;
  const common = mentee.filter((slot) => mentor.includes(slot));
  if (common.length === 0) return { level: 0, passes: false, detail: "Нет общего времени занятий" };
  const shown = common.slice(0, 3).map((slot) => availabilitySlotLabels[slot]);
  const more = common.length > 3 ? ` и ещё ${common.length - 3}` : "";
  return {
    level: Math.round((10 * common.length) / Math.min(mentee.length, mentor.length)),
    passes: true,
    detail: `Общее время: ${shown.join("; ")}${more}`,
  };
}

/** The mentee's requests against the mentor's competencies, preferred formats and times that overlap. */
export function profileFits(
  mentee: ScoreMentee,
  mentor: ScoreMentor,
): Record<"REQUESTS" | "FORMAT" | "AVAILABILITY", CriterionFit> {
  return {
    REQUESTS: requestsFit(mentee, mentor),
    FORMAT: formatFit(mentee.preferredFormats ?? [], mentor.preferredFormats ?? []),
    AVAILABILITY: availabilityFit(mentee.availability ?? [], mentor.availability ?? []),
  };
}
