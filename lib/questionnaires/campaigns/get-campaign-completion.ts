import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { compareClassLabels } from "@/lib/format/class-order";
import { fullName } from "@/lib/format/person-name";
import { classKey } from "@/lib/invitations/class-key";
import { formLabels } from "@/lib/mentorships/labels";
import { assertCan } from "@/lib/permissions";

const personName = { id: true, lastName: true, firstName: true, middleName: true } as const;
const formsOf = (programmeId: string | null) => ({
  where: { leftOn: null, ...(programmeId ? { mentorship: { programmeId } } : {}) },
  select: { mentorship: { select: { form: true } } },
  take: 1,
});

/** One campaign for the curator: answered / total overall and per class or form, and each respondent's state. Logs the read. */
export async function getCampaignCompletion(viewer: Viewer, campaignId: string) {
  assertCan(viewer, "questionnaire:run-campaigns");
  const campaign = await db.questionnaireCampaign.findFirst({
    where: { id: campaignId, schoolId: viewer.schoolId },
    select: {
      id: true,
      title: true,
      audience: true,
      monitoringPhase: true,
      dueOn: true,
      lastRemindedAt: true,
      closedAt: true,
      createdAt: true,
      programmeId: true,
      template: { select: { title: true, version: true } },
      reminders: { select: { daysBefore: true, sentAt: true }, orderBy: { daysBefore: "desc" } },
    },
  });
  if (!campaign) throw new AppError("NOT_FOUND");
  const responses = await db.questionnaireResponse.findMany({
    where: { campaignId: campaign.id, schoolId: viewer.schoolId },
    select: {
      id: true,
      status: true,
      submittedAt: true,
      remindedAt: true,
      enteredById: true,
      respondent: { select: { displayName: true, people: { where: { schoolId: viewer.schoolId }, select: personName } } },
      subject: {
        select: {
          ...personName,
          pupil: { select: { grade: true, classLetter: true } },
          mentee: { select: { mentorships: formsOf(campaign.programmeId) } },
          mentor: {
            select: {
              mentorships: {
                where: campaign.programmeId ? { programmeId: campaign.programmeId } : {},
                select: { form: true },
                take: 1,
              },
            },
          },
        },
      },
    },
  });
  const rows = responses.map((r) => {
    const respondentPerson = r.respondent.people[0];
    const form = r.subject.mentee?.mentorships[0]?.mentorship.form ?? r.subject.mentor?.mentorships[0]?.form;
    const group = r.subject.pupil ? classKey(r.subject.pupil) : form ? formLabels[form] : "Без класса и формы";
    return {
      id: r.id,
      status: r.status,
      submittedAt: r.submittedAt,
      remindedAt: r.remindedAt,
      enteredByCurator: r.enteredById !== null,
      respondentName: respondentPerson ? fullName(respondentPerson) : r.respondent.displayName,
      respondentPersonId: respondentPerson?.id ?? null,
      subjectName: fullName(r.subject),
      subjectId: r.subject.id,
      aboutSomeoneElse: respondentPerson?.id !== r.subject.id,
      group,
    };
  });
  rows.sort((a, b) => compareClassLabels(a.group, b.group) || a.respondentName.localeCompare(b.respondentName, "ru"));
  const groups = new Map<string, { group: string; answered: number; total: number }>();
  for (const row of rows) {
    const entry = groups.get(row.group) ?? { group: row.group, answered: 0, total: 0 };
    entry.total += 1;
    if (row.status === "SUBMITTED") entry.answered += 1;
    groups.set(row.group, entry);
  }
  await recordReads(
    viewer,
    rows.flatMap((r) => [r.subjectId, ...(r.respondentPersonId ? [r.respondentPersonId] : [])]),
    `Кампания анкетирования «${campaign.title}»`,
  );
  return {
    campaign,
    answered: rows.filter((r) => r.status === "SUBMITTED").length,
    total: rows.length,
    groups: [...groups.values()],
    rows,
  };
}

export type CampaignCompletion = Awaited<ReturnType<typeof getCampaignCompletion>>;
