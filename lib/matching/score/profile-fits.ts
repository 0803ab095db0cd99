import type { MenteeRequestKind, WorkFormat } from "@/lib/generated/prisma/enums";
import { requestKindLabels } from "@/lib/mentees/labels";
import { formatLabels } from "@/lib/mentorships/labels";
import { availabilitySlotLabels, type AvailabilitySlot } from "./availability-slots";
import type { CriterionFit, ScoreMentee, ScoreMentor } from "./types";

const UNKNOWN_LEVEL = 5;

function requestsDetail(mentee: ScoreMentee, covered: MenteeRequestKind[], total: number): string {
  if (total === 0) return "У наставляемого не указаны запросы";
  if (covered.length === 0) return `Наставник не работает ни с одним запросом наставляемого (0 из ${total})`;
  // A confidential request (ОВЗ, a psychologist's note) counts, but the explanation never names it.
  const hidden = (kind: MenteeRequestKind) => mentee.requests.some((r) => r.kind === kind && r.confidential);
  const named = covered.filter((kind) => !hidden(kind)).map((kind) => `«${requestKindLabels[kind]}»`);
  const secret = covered.length - named.length;
  const what = [named.join(", "), secret ? `конфиденциальных: ${secret}` : ""].filter(Boolean).join("; ");
  return `Наставник работает с запросами ${covered.length} из ${total}: ${what}`;
}

function requestsFit(mentee: ScoreMentee, mentor: ScoreMentor, explain: boolean): CriterionFit {
  const { requests } = mentee;
  const covered: MenteeRequestKind[] = [];
  let total = 0;
  for (let i = 0; i < requests.length; i++) {
    const kind = requests[i].kind;
    if (requests.findIndex((r) => r.kind === kind) !== i) continue; // the same request from two sources
    total++;
    if (mentor.competencies.includes(kind)) covered.push(kind);
  }
  const level = total ? Math.round((10 * covered.length) / total) : 0;
  return { level, passes: covered.length > 0, detail: explain ? requestsDetail(mentee, covered, total) : "" };
}

/** How many items two stated lists share; -1 when either side did not state any (then no must criterion fails). */
function overlap<T>(mentee: readonly T[], mentor: readonly T[]): number {
  if (!mentee.length || !mentor.length) return -1;
  let count = 0;
  for (const item of mentee) if (mentor.includes(item)) count++;
  return count;
}

function unknownDetail(mentee: readonly unknown[], mentor: readonly unknown[], what: string): string {
  return `${mentee.length ? "Наставник не указал" : mentor.length ? "Наставляемый не указал" : "Никто не указал"} ${what}`;
}

function formatDetail(mentee: readonly WorkFormat[], mentor: readonly WorkFormat[], common: number): string {
  const names = (formats: readonly WorkFormat[]) => formats.map((format) => formatLabels[format].toLowerCase()).join(", ");
  if (common < 0) return unknownDetail(mentee, mentor, "предпочтительный формат работы");
  if (common === 0) return `Не совпадает: наставляемый — ${names(mentee)}; наставник — ${names(mentor)}`;
  return `Совпадает: ${names(mentee.filter((format) => mentor.includes(format)))}`;
}

function availabilityDetail(mentee: readonly AvailabilitySlot[], mentor: readonly AvailabilitySlot[], common: number): string {
  if (common < 0) return unknownDetail(mentee, mentor, "удобное время занятий");
  if (common === 0) return "Нет общего времени занятий";
  const shared = mentee.filter((slot) => mentor.includes(slot)).map((slot) => availabilitySlotLabels[slot]);
  return `Общее время: ${shared.slice(0, 3).join("; ")}${shared.length > 3 ? ` и ещё ${shared.length - 3}` : ""}`;
}

/** The mentee's requests against the mentor's competencies, preferred formats and times that overlap. */
export function profileFits(
  mentee: ScoreMentee,
  mentor: ScoreMentor,
  explain: boolean,
): Record<"REQUESTS" | "FORMAT" | "AVAILABILITY", CriterionFit> {
  const menteeFormats = mentee.preferredFormats ?? [];
  const mentorFormats = mentor.preferredFormats ?? [];
  const menteeTimes = mentee.availability ?? [];
  const mentorTimes = mentor.availability ?? [];
  const formats = overlap(menteeFormats, mentorFormats);
  const times = overlap(menteeTimes, mentorTimes);
  return {
    REQUESTS: requestsFit(mentee, mentor, explain),
    FORMAT: {
      level: formats < 0 ? UNKNOWN_LEVEL : formats > 0 ? 10 : 0,
      passes: formats !== 0,
      detail: explain ? formatDetail(menteeFormats, mentorFormats, formats) : "",
    },
    AVAILABILITY: {
      level: times < 0 ? UNKNOWN_LEVEL : Math.round((10 * times) / Math.min(menteeTimes.length, mentorTimes.length)),
      passes: times !== 0,
      detail: explain ? availabilityDetail(menteeTimes, mentorTimes, times) : "",
    },
  };
}
