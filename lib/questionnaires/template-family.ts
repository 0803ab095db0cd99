import type { Prisma } from "@/lib/generated/prisma/client";

/** All versions of a template's questionnaire in the school; a row without familyId is the first of its own family. */
export function templateFamily(
  schoolId: string,
  template: { id: string; familyId: string | null },
): Prisma.QuestionnaireTemplateWhereInput {
  const familyId = template.familyId ?? template.id;
  return { schoolId, OR: [{ familyId }, { id: familyId }] };
}
