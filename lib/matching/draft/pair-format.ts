import type { WorkFormat } from "@/lib/generated/prisma/enums";

const individualFormats: WorkFormat[] = ["INDIVIDUAL", "ONLINE", "MIXED"];

/**
 * The format of a pair the matching forms: the first of «индивидуальная», «онлайн», «смешанная» both people prefer, else
 * «индивидуальная». A mentor who leads a group on a common request forms groups instead (see groupProposal).
 */
export function pickPairFormat(menteeFormats: readonly WorkFormat[], mentorFormats: readonly WorkFormat[]): WorkFormat {
  return individualFormats.find((format) => menteeFormats.includes(format) && mentorFormats.includes(format)) ?? "INDIVIDUAL";
}
