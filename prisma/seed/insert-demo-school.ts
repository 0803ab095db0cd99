import { randomBytes, randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { buildDemoSchool, demoLogins, DEMO_PASSWORD, DEMO_SLUG } from "./demo-school";
import { insertDemoCase } from "./practice-cases";

export type DemoLogin = (typeof demoLogins)[number]["login"];

interface Copy {
  today?: Date;
  /** The school's slug; the demo school's own by default. */
  slug?: string;
  /** Appended to every login of the school («curator» → «curator-x1y2»): logins are unique across schools. */
  loginSuffix?: string;
  /**
   * All or nothing (the default). A test's copy goes without: on PGlite's one connection a transaction would hold up
   * every page the other test workers load for the whole copy, and a half-made school in a test database harms nobody.
   */
  transaction?: boolean;
}

/**
 * Writes the demo school: the demo itself (npm run db:seed), or a copy of it under another slug and
 * suffixed logins, which is how the browser tests give each test a school of its own (lib/e2e-fixtures).
 * The demo logins get DEMO_PASSWORD, the other accounts a random one nobody knows.
 */
export async function insertDemoSchool(
  db: PrismaClient,
  { today = new Date(), slug = DEMO_SLUG, loginSuffix = "", transaction = true }: Copy = {},
) {
  const [demoHash, lockedHash] = await Promise.all([
    hashPassword(DEMO_PASSWORD),
    hashPassword(randomBytes(24).toString("base64")),
  ]);
  const data = buildDemoSchool({ today, demoHash, lockedHash, newId: randomUUID });
  const school = { ...data.school, slug };
  const users = data.users.map((user) => ({ ...user, login: `${user.login}${loginSuffix}` }));
  const write = async (client: Prisma.TransactionClient) => {
    await client.school.create({ data: school });
    await client.user.createMany({ data: users });
    await client.membership.createMany({ data: data.memberships });
    await client.person.createMany({ data: data.people });
    await client.pupil.createMany({ data: data.pupils });
    await client.staff.createMany({ data: data.staff });
    await client.parentChild.createMany({ data: data.parentLinks });
    await client.roadmapTemplate.createMany({ data: data.roadmapTemplates });
    await client.programme.createMany({ data: [data.programme] });
    await client.programmeStage.createMany({ data: data.stages });
    await client.roadmapItem.createMany({ data: data.roadmapItems });
    await client.workPlanItem.createMany({ data: data.workPlan });
    await client.partnerOrganisation.createMany({ data: data.partners });
    await client.mentorProfile.createMany({ data: data.mentors });
    await client.menteeProfile.createMany({ data: data.mentees });
    await client.menteeRequest.createMany({ data: data.menteeRequests });
    await client.mentorInterview.createMany({ data: data.interviews });
    await client.trainingEvent.createMany({ data: data.trainingEvents });
    await client.trainingAttendance.createMany({ data: data.trainingAttendance });
    await client.consentText.createMany({ data: data.consentTexts });
    await client.consent.createMany({ data: data.consents });
    await client.pairOrder.createMany({ data: data.pairOrders });
    await client.mentorship.createMany({ data: data.mentorships });
    await client.mentorshipMentee.createMany({ data: data.mentorshipMentees });
    await client.meeting.createMany({ data: data.meetings });
    await client.meetingAttendance.createMany({ data: data.attendance });
    await client.questionnaireTemplate.createMany({ data: data.templates });
    await client.question.createMany({ data: data.questions });
    await client.questionnaireCampaign.createMany({ data: data.campaigns });
    await client.questionnaireResponse.createMany({ data: data.responses });
    await client.answer.createMany({ data: data.answers });
    await client.finalEvent.createMany({ data: data.finalEvents });
    await insertDemoCase(client, school.id!, today);
  };
  if (transaction) await db.$transaction(write, { timeout: 120_000, maxWait: 30_000 });
  else await write(db);
  const logins = Object.fromEntries(demoLogins.map(({ login }) => [login, `${login}${loginSuffix}`])) as Record<
    DemoLogin,
    string
  >;
  return { schoolId: school.id!, slug, logins };
}
