// npm run db:seed — one realistic demo school. Idempotent: a school already seeded is left as it is.
import { randomBytes, randomUUID } from "node:crypto";
import { createPrismaClient } from "../lib/db/connection";
import { hashPassword } from "../lib/auth/password";
import { buildDemoSchool, demoLogins, DEMO_PASSWORD, DEMO_SLUG } from "./seed/demo-school";

export async function seed(db = createPrismaClient(), today = new Date()): Promise<boolean> {
  if (await db.school.findUnique({ where: { slug: DEMO_SLUG } })) return false;
  const [demoHash, lockedHash] = await Promise.all([
    hashPassword(DEMO_PASSWORD),
    hashPassword(randomBytes(24).toString("base64")),
  ]);
  const data = buildDemoSchool({ today, demoHash, lockedHash, newId: randomUUID });
  await db.$transaction(
    async (tx) => {
      await tx.school.create({ data: data.school });
      await tx.user.createMany({ data: data.users });
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
      await tx.pairOrder.createMany({ data: data.pairOrders });
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
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const db = createPrismaClient();
  const created = await seed(db);
  console.log(created ? "Демо-школа создана." : "Демо-школа уже есть в базе: ничего не изменено.");
  console.log(`\nВход (пароль у всех: ${DEMO_PASSWORD}):`);
  for (const { login, description } of demoLogins) console.log(`  ${login.padEnd(10)} ${description}`);
  await db.$disconnect();
  process.exit(0);
}
