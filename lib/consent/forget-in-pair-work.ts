import type { Prisma } from "@/lib/generated/prisma/client";
import { forgetInCases } from "../cases/forget-in-cases";

/**
 * A person's data in the tables of the pairs' work and the programme document (issues 13, 17): their achievements'
 * titles and evidence files (diplomas carry the name), the text of their applications, and the free text of plan
 * proposals they made or that were made on their own plan. Returns the categories for the act of destruction and the
 * stored files to delete once the transaction has committed. Cases of best practice of their pairs, or naming them, are
 * scrubbed and unpublished (lib/cases/forget-in-cases.ts); `names` are the person's names as they were before.
 */
export async function forgetInPairWork(
  tx: Prisma.TransactionClient,
  person: {
    schoolId: string;
    personId: string;
    menteeId?: string;
    mentorId?: string;
    userId?: string | null;
    names?: { lastName: string; firstName: string; middleName: string | null };
  },
): Promise<{ categories: string[]; fileKeys: string[] }> {
  const { schoolId, menteeId, userId } = person;
  const categories: string[] = [];
  const fileKeys: string[] = [];
  if (menteeId) {
    const evidence = await tx.achievement.findMany({
      where: { schoolId, menteeId, evidenceStorageKey: { not: null } },
      select: { evidenceStorageKey: true },
    });
    const achievements = await tx.achievement.updateMany({
      where: { schoolId, menteeId },
      data: {
        title: "(обезличено)",
        evidenceStorageKey: null,
        evidenceFileName: null,
        evidenceMimeType: null,
        evidenceSize: null,
        evidenceSha256: null,
      },
    });
    fileKeys.push(...evidence.map((row) => row.evidenceStorageKey!));
    if (achievements.count) categories.push("достижения наставляемого и файлы подтверждений");
  }
  const proposals = await tx.planProposal.updateMany({
    where: {
      schoolId,
      OR: [...(menteeId ? [{ plan: { menteeId } }] : []), ...(userId ? [{ proposedById: userId }] : [])],
    },
    data: { comment: null, decisionComment: null },
  });
  if (proposals.count) categories.push("комментарии к предложениям по индивидуальному плану");
  const applications = await tx.programmeApplication.updateMany({
    where: { schoolId, personId: person.personId },
    data: { text: "(обезличено)", declineReason: null },
  });
  if (applications.count) categories.push("текст заявок на участие");
  const cases = await forgetInCases(tx, { schoolId, menteeId, mentorId: person.mentorId, names: person.names });
  if (cases) categories.push("кейсы лучших практик с участием человека (сняты с публикации)");
  return { categories, fileKeys };
}
