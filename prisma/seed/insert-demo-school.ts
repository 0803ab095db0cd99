import { randomBytes, randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { buildDemoSchool, demoLogins, DEMO_PASSWORD, DEMO_SLUG } from "./demo-school";

export type DemoLogin = (typeof demoLogins)[number]["login"];

interface Copy {
  today?: Date;
  /** The school's slug; the demo school's own by default. */
  slug?: string;
  /** Appended to every login of the school («curator» → «curator-x1y2»): logins are unique across schools. */
  loginSuffix?: string;
}

/**
 * Writes the demo school in one transaction: the demo itself (npm run db:seed), or a copy of it under another slug and
 * suffixed logins, which is how the browser tests give each test a school of its own (lib/e2e-fixtures).
 * The demo logins get DEMO_PASSWORD, the other accounts a random one nobody knows.
 */
export async function insertDemoSchool(db: PrismaClient, { today = new Date(), slug = DEMO_SLUG, loginSuffix = "" }: Copy = {}) {
  const [demoHash, lockedHash] = await Promise.all([
    hashPassword(DEMO_PASSWORD),
    hashPassword(randomBytes(24).toString("base64")),
  ]);
  const data = buildDemoSchool({ today, demoHash, lockedHash, newId: randomUUID });
  const school = { ...data.school, slug };
  const users = data.users.map((user) => ({ ...user, login: `${user.login}${loginSuffix}` }));
  await db.$transaction(
    async (tx) => {
      await tx.school.create({ data: school });
      await tx.user.createMany({ data: users });
      await tx.membership.createMany({ data: data.memberships });
      await tx.person.createMany({ data: data.people });
      await tx.pupil.createMany({ data: data.pupils });
      await tx.staff.createMany({ data: data.staff });
      await tx.parentChild.createMany({ data: data.parentLinks });
      await tx.roadmapTemplate.createMany({ data: data.roadmapTemplates });
      await tx.programme.createMany({ data: [data.programme] });
      await tx.programmeStage.createMany({ data: data.stages });
      await tx.roadmapItem.createMany({ data: data.roadmapItems });
      await tx.workPlanItem.createMany({ data: data.workPlan });
      await tx.partnerOrganisation.createMany({ data: data.partners });
      await tx.mentorProfile.createMany({ data: data.mentors });
      await tx.menteeProfile.createMany({ data: data.mentees });
      await tx.menteeRequest.createMany({ data: data.menteeRequests });
      await tx.mentorInterview.createMany({ data: data.interviews });
      await tx.trainingEvent.createMany({ data: data.trainingEvents });
      await tx.trainingAttendance.createMany({ data: data.trainingAttendance });
      await tx.consentText.createMany({ data: data.consentTexts });
      await tx.consent.createMany({ data: data.consents });
      await tx.mentorship.createMany({ data: data.mentorships });
      await tx.mentorshipMentee.createMany({ data: data.mentorshipMentees });
      await tx.meeting.createMany({ data: data.meetings });
      await tx.meetingAttendance.createMany({ data: data.attendance });
      await tx.questionnaireTemplate.createMany({ data: data.templates });
      await tx.question.createMany({ data: data.questions });
      await tx.questionnaireCampaign.createMany({ data: data.campaigns });
      await tx.questionnaireResponse.createMany({ data: data.responses });
      await tx.answer.createMany({ data: data.answers });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  const logins = Object.fromEntries(demoLogins.map(({ login }) => [login, `${login}${loginSuffix}`])) as Record<DemoLogin, string>;
  return { schoolId: school.id!, slug, logins };
}
