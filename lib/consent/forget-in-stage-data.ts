import type { Prisma } from "@/lib/generated/prisma/client";

interface Forgotten {
  schoolId: string;
  lastName: string;
  menteeId?: string;
  mentorId?: string;
  /** Set when the person's account goes too (not staff). */
  userId?: string | null;
}

/**
 * The rest of a person's programme data, in tables that came with notifications, mail and stage 5: notices that name
 * them (titles carry names; a surname match also takes a namesake's notice, which is only a notice), their preferences
 * and group-meeting attendance, the free text of petitions and referrals about them, and their own notices and mail.
 * Returns the categories for the act of destruction.
 */
export async function forgetInStageData(tx: Prisma.TransactionClient, person: Forgotten): Promise<string[]> {
  const { schoolId, menteeId, mentorId, userId } = person;
  const categories: string[] = [];
  if (person.lastName.trim().length >= 2) {
    const notices = await tx.notification.deleteMany({ where: { schoolId, title: { contains: person.lastName } } });
    if (notices.count) categories.push("уведомления, где названо имя");
  }
  if (menteeId) {
    await tx.replacementPetition.updateMany({
      where: { schoolId, menteeId },
      data: { reason: "(обезличено)", decisionComment: null },
    });
    await tx.psychologistReferral.updateMany({ where: { schoolId, menteeId }, data: { note: null } });
  }
  const preferences = await tx.matchPreference.deleteMany({
    where: { schoolId, OR: [...(menteeId ? [{ menteeId }] : []), ...(mentorId ? [{ mentorId }] : [])] },
  });
  const attended =
    (menteeId ? (await tx.groupMeetingMentee.deleteMany({ where: { schoolId, menteeId } })).count : 0) +
    (mentorId ? (await tx.groupMeetingMentor.deleteMany({ where: { schoolId, mentorId } })).count : 0);
  if (preferences.count) categories.push("предпочтения при подборе пар");
  if (attended) categories.push("участие во встрече наставников и наставляемых");
  if (menteeId) categories.push("текст ходатайств и направлений к психологу о человеке");
  if (userId) {
    await tx.notification.deleteMany({ where: { userId } });
    await tx.emailOutbox.deleteMany({ where: { userId } });
    await tx.emailConfirmation.deleteMany({ where: { userId } });
    await tx.notificationSetting.deleteMany({ where: { userId } });
    categories.push("уведомления и почта учётной записи");
  }
  return categories;
}
