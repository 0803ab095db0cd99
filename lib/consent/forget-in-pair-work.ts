import type { Prisma } from "@/lib/generated/prisma/client";
import { forgetInCases } from "../cases/forget-in-cases";

/** What a forgotten person's free text becomes where the column cannot be empty. */
export const FORGOTTEN_TEXT = "(обезличено)";

/**
 * A person's data in the tables of the pairs' work and the programme document (issues 13, 17): their achievements'
 * titles and evidence files (diplomas carry the name), the text of their applications, and the free text of plan
 * proposals they made or that were made on their own plan. Returns the categories for the act of destruction and the
 * stored files to delete once the transaction has committed. Cases of best practice of their pairs, or naming them, are
 * scrubbed and unpublished (lib/cases/forget-in-cases.ts); `names` are the person's names as they were before.
 * Stage 7: their own reflections (and a group's reflection their pair's mentor wrote, when the mentor is forgotten), the
 * presentation of every pair they were in (it describes the pair's work), a forgotten mentor's award texts (the letter
 * of thanks is no longer printed, lib/final-event/load-award-documents.ts), and the applicant's name and contacts on
 * their applications.
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
        title: FORGOTTEN_TEXT,
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
    data: {
      text: FORGOTTEN_TEXT,
      declineReason: null,
      applicantLastName: null,
      applicantFirstName: null,
      applicantMiddleName: null,
      applicantEmail: null,
      applicantPhone: null,
    },
  });
  if (applications.count) categories.push("текст заявок на участие, имя и контакты заявителя");
  const ofPair = [
    ...(menteeId ? [{ mentorship: { mentees: { some: { menteeId } } } }] : []),
    ...(person.mentorId ? [{ mentorship: { mentorId: person.mentorId } }] : []),
  ];
  const reflections = await tx.pairReflection.updateMany({
    where: {
      schoolId,
      OR: [
        { personId: person.personId },
        ...(person.mentorId ? [{ kind: "GROUP" as const, mentorship: { mentorId: person.mentorId } }] : []),
      ],
    },
    data: { achieved: FORGOTTEN_TEXT, difficulties: null, nextSteps: null },
  });
  if (reflections.count) categories.push("рефлексии по итогам работы пары");
  if (ofPair.length) {
    const presentations = await tx.pairPresentation.updateMany({
      where: { schoolId, OR: ofPair },
      data: { summary: FORGOTTEN_TEXT, link: null },
    });
    if (presentations.count) categories.push("презентации результатов пар с участием человека");
  }
  if (person.mentorId) {
    const awards = await tx.mentorAward.updateMany({
      where: { schoolId, mentorId: person.mentorId },
      data: { nomination: FORGOTTEN_TEXT, text: FORGOTTEN_TEXT, declineReason: null },
    });
    if (awards.count) categories.push("номинации и тексты наград наставника");
  }
  const cases = await forgetInCases(tx, { schoolId, menteeId, mentorId: person.mentorId, names: person.names });
  if (cases.unpublished) categories.push("кейсы лучших практик с участием человека (сняты с публикации)");
  if (cases.mentionsStruck) categories.push("упоминания имени в других кейсах лучших практик (вычеркнуты)");
  return { categories, fileKeys };
}
