import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { MentoringForm, MonitoringPhase, QuestionnairePurpose, Role } from "@/lib/generated/prisma/enums";
import type { SchoolFixture } from "./school-fixture";

/**
 * Builds monitoring data in a fixture's school: pairs, satisfaction and monitoring templates, campaigns and answers.
 * Each subject answers about themselves under their own account unless a respondent is given; the curator types the
 * answers in (paper forms), which does not make them the respondent.
 */
export function monitoringBuilder(db: PrismaClient, fixture: SchoolFixture, programmeId = fixture.programme.id) {
  const { schoolId } = fixture;
  const enteredById = fixture.people.curator.userId;
  const accounts = new Map<string, string>();
  let counter = 0;

  /** The subject's own account, made on first use. */
  async function accountOf(subjectId: string) {
    let userId = accounts.get(subjectId);
    if (!userId) {
      const user = await db.user.create({
        data: { login: `respondent-${subjectId}`, displayName: `Отвечающий ${++counter}`, passwordHash: "not-a-real-hash" },
      });
      userId = user.id;
      accounts.set(subjectId, userId);
    }
    return userId;
  }

  async function person(lastName: string) {
    const created = await db.person.create({ data: { schoolId, lastName: `${lastName}${++counter}`, firstName: "Тест" } });
    return created.id;
  }

  /** A pair of `form` in the programme; returns the people's ids. */
  async function pair(form: MentoringForm) {
    const mentorPersonId = await person("Наставник");
    const menteePersonId = await person("Наставляемый");
    const mentor = await db.mentorProfile.create({
      data: { schoolId, personId: mentorPersonId, category: "TEACHER", status: "READY" },
    });
    const mentee = await db.menteeProfile.create({ data: { schoolId, personId: menteePersonId, kind: "PUPIL" } });
    await db.mentorship.create({
      data: {
        schoolId,
        programmeId,
        mentorId: mentor.id,
        form,
        format: "INDIVIDUAL",
        status: "ACTIVE",
        mentees: { create: { schoolId, menteeId: mentee.id } },
      },
    });
    return { mentorPersonId, menteePersonId };
  }

  /** A template whose questions are 1–10 scales (or parameter questions); `parameters[i]` tags question i. */
  async function template(purpose: QuestionnairePurpose, audience: Role, texts: string[], parameters: (string | null)[] = []) {
    return db.questionnaireTemplate.create({
      data: {
        schoolId,
        purpose,
        audience,
        title: `${purpose} ${audience} ${++counter}`,
        questions: {
          create: [
            ...texts.map((text, i) => ({
              schoolId,
              position: i + 1,
              type: "SCALE" as const,
              text,
              scaleMin: 1,
              scaleMax: 10,
              parameter: parameters[i] ?? null,
            })),
            { schoolId, position: texts.length + 1, type: "SINGLE_CHOICE" as const, text: "Продолжить?", options: ["Да", "Нет"] },
          ],
        },
      },
      include: { questions: { orderBy: { position: "asc" } } },
    });
  }

  type Template = Awaited<ReturnType<typeof template>>;

  async function campaign(tpl: Template, monitoringPhase: MonitoringPhase | null = null) {
    return db.questionnaireCampaign.create({
      data: {
        schoolId,
        templateId: tpl.id,
        programmeId,
        title: tpl.title,
        audience: { kind: "CHOSEN" },
        monitoringPhase,
        dueOn: new Date(Date.UTC(2026, 11, 1)),
      },
    });
  }

  /**
   * A submitted response about `subjectId` answering the template's scale questions with `values`, in order, by
   * `respondentId` (a user id; the subject's own account when absent).
   */
  async function respond(
    tpl: Template,
    campaignId: string,
    subjectId: string,
    values: number[],
    submittedAt = new Date(),
    respondentId?: string,
  ) {
    const scales = tpl.questions.filter((q) => q.type === "SCALE");
    return db.questionnaireResponse.create({
      data: {
        schoolId,
        templateId: tpl.id,
        campaignId,
        respondentId: respondentId ?? (await accountOf(subjectId)),
        subjectId,
        status: "SUBMITTED",
        submittedAt,
        enteredById,
        answers: {
          create: [
            ...values.map((numberValue, i) => ({ schoolId, questionId: scales[i].id, numberValue })),
            { schoolId, questionId: tpl.questions.at(-1)!.id, textValue: "Да" },
          ],
        },
      },
    });
  }

  return { pair, template, campaign, respond };
}
