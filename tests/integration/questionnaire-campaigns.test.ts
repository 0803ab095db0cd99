import { beforeAll, describe, expect, it } from "vitest";
import { closeCampaign } from "@/lib/questionnaires/campaigns/close-campaign";
import { enterPaperAnswers } from "@/lib/questionnaires/campaigns/enter-paper-answers";
import { getCampaignCompletion } from "@/lib/questionnaires/campaigns/get-campaign-completion";
import { getPaperEntry } from "@/lib/questionnaires/campaigns/get-paper-entry";
import { loadLaunchOptions } from "@/lib/questionnaires/campaigns/load-launch-options";
import { resolveAudience } from "@/lib/questionnaires/campaigns/resolve-audience";
import { launchCampaign } from "@/lib/questionnaires/campaigns/launch-campaign";
import { listCampaigns } from "@/lib/questionnaires/campaigns/list-campaigns";
import { remindCampaign } from "@/lib/questionnaires/campaigns/remind-campaign";
import { getQuestionnaire } from "@/lib/questionnaires/get-questionnaire";
import { listPendingQuestionnaires } from "@/lib/questionnaires/list-pending";
import { saveDraft } from "@/lib/questionnaires/save-draft";
import { submitQuestionnaire } from "@/lib/questionnaires/submit-questionnaire";
import { addPupil, addToPair, campaignAnswers, grantMentoringConsent, makeCampaignTemplate } from "../support/campaign-fixture";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;
let menteeTemplate: Awaited<ReturnType<typeof makeCampaignTemplate>>;
let parentTemplate: Awaited<ReturnType<typeof makeCampaignTemplate>>;
let mentorTemplate: Awaited<ReturnType<typeof makeCampaignTemplate>>;
let pupilPupil: { personId: string; userId: string };

function inDays(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + days)).toISOString().slice(0, 10);
}

const base = () => ({
  title: "Удовлетворённость, декабрь",
  dueOn: inDays(10),
  monitoringPhase: "" as const,
  form: "" as const,
  classKey: "",
  personIds: [],
  reminderDays: [],
});

async function asCurator() {
  actAs(await school.viewer(school.people.curator));
}

async function campaignResponses(campaignId: string) {
  return database.db.questionnaireResponse.findMany({ where: { campaignId }, orderBy: { createdAt: "asc" } });
}

beforeAll(async () => {
  const db = database.db;
  school = await createSchoolFixture(db, "Кампании");
  other = await createSchoolFixture(db, "Чужая");
  const { people } = school;
  // Mentee A (13) has her parent's consent; mentee B has none.
  await grantMentoringConsent(db, school, people.menteeA.personId, people.parentA.personId, "PARENT");
  await grantMentoringConsent(db, school, people.mentorA.personId, people.mentorA.personId, "SELF");
  // A pupil-pupil mentee with consent (another form), and a teacher-pupil mentee with consent but no account.
  pupilPupil = await addPupil(db, school, "Ровесников", true);
  await grantMentoringConsent(db, school, pupilPupil.personId, people.parentA.personId, "PARENT");
  await addToPair(db, school, people.mentorA.personId, pupilPupil.personId, "PUPIL_PUPIL");
  const noAccount = await addPupil(db, school, "Безаккаунтов", false);
  await grantMentoringConsent(db, school, noAccount.personId, people.parentA.personId, "PARENT");
  await addToPair(db, school, people.mentorB.personId, noAccount.personId, "TEACHER_PUPIL");
  // A second parent of mentee A without an account.
  const paperParent = await db.person.create({ data: { schoolId: school.schoolId, lastName: "Бумажная", firstName: "Мама" } });
  await db.parentChild.create({
    data: { schoolId: school.schoolId, parentId: paperParent.id, childId: people.menteeA.personId },
  });
  menteeTemplate = await makeCampaignTemplate(db, school, "MENTEE", "Удовлетворённость наставляемого");
  parentTemplate = await makeCampaignTemplate(db, school, "PARENT", "Анкета для родителей");
  mentorTemplate = await makeCampaignTemplate(db, school, "MENTOR", "Удовлетворённость наставника");
});

describe("launching a campaign", () => {
  it("sends to the mentees of one form with consent and reports who was left out and why", async () => {
    await asCurator();
    const result = await launchCampaign({
      ...base(),
      templateId: menteeTemplate.id,
      audienceKind: "FORM_MENTEES",
      form: "TEACHER_PUPIL",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.created).toBe(1);
    expect(result.data.excluded).toEqual(
      expect.arrayContaining([
        { name: "Школьников Тест", reason: "Нет согласия: нет согласия родителя" },
        { name: "Безаккаунтов Тест", reason: "нет учётной записи" },
      ]),
    );
    expect(result.data.excluded).toHaveLength(2);
    const rows = await campaignResponses(result.data.campaignId);
    expect(rows.map((r) => [r.respondentId, r.subjectId, r.status])).toEqual([
      [school.people.menteeA.userId, school.people.menteeA.personId, "PENDING"],
    ]);
    const campaign = await database.db.questionnaireCampaign.findUniqueOrThrow({ where: { id: result.data.campaignId } });
    expect(campaign.audience).toEqual({ kind: "FORM_MENTEES", form: "TEACHER_PUPIL" });
    expect(campaign.createdById).toBe(school.people.curator.userId);
  });

  it("skips people who already have a pending response of the same template in an open campaign", async () => {
    await asCurator();
    const before = await database.db.questionnaireCampaign.count();
    const result = await launchCampaign({
      ...base(),
      templateId: menteeTemplate.id,
      audienceKind: "FORM_MENTEES",
      form: "TEACHER_PUPIL",
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    expect(await database.db.questionnaireCampaign.count()).toBe(before);
  });

  it("sends the parents of a class a questionnaire about their child", async () => {
    await asCurator();
    const result = await launchCampaign({
      ...base(),
      templateId: parentTemplate.id,
      audienceKind: "CLASS_PARENTS",
      classKey: "7А",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.created).toBe(1);
    expect(result.data.excluded).toEqual(
      expect.arrayContaining([
        { name: "Бумажная Мама (о ребёнке: Ученикова Тест)", reason: "нет учётной записи" },
        { name: "Мамина Тест (о ребёнке: Школьников Тест)", reason: "Нет согласия: нет согласия родителя" },
      ]),
    );
    const rows = await campaignResponses(result.data.campaignId);
    expect(rows.map((r) => [r.respondentId, r.subjectId])).toEqual([
      [school.people.parentA.userId, school.people.menteeA.personId],
    ]);
  });

  it("sends the mentors of the programme, each about themselves", async () => {
    await asCurator();
    const result = await launchCampaign({ ...base(), templateId: mentorTemplate.id, audienceKind: "PROGRAMME_MENTORS" });
    expect(result.ok && result.data.created).toBe(1);
    if (!result.ok) return;
    const rows = await campaignResponses(result.data.campaignId);
    expect(rows.map((r) => [r.respondentId, r.subjectId])).toEqual([
      [school.people.mentorA.userId, school.people.mentorA.personId],
    ]);
    expect(result.data.excluded.map((e) => e.name)).toEqual(["Учителев Тест"]);
  });

  it("refuses a template whose audience does not fit, a past deadline and another school's template, writing nothing", async () => {
    await asCurator();
    const before = await database.db.questionnaireResponse.count();
    const wrongRole = await launchCampaign({
      ...base(),
      templateId: menteeTemplate.id,
      audienceKind: "CLASS_PARENTS",
      classKey: "7А",
    });
    expect(wrongRole).toMatchObject({ ok: false, code: "INVALID" });
    expect(!wrongRole.ok && wrongRole.error).toContain("Наставляемый");
    const noSuchDay = await launchCampaign({
      ...base(),
      dueOn: "2030-02-31",
      templateId: parentTemplate.id,
      audienceKind: "CLASS_PARENTS",
      classKey: "7А",
    });
    expect(noSuchDay).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { dueOn: ["Такой даты нет"] } });
    const past = await launchCampaign({
      ...base(),
      dueOn: inDays(-1),
      templateId: parentTemplate.id,
      audienceKind: "CLASS_PARENTS",
      classKey: "7А",
    });
    expect(past).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { dueOn: ["Срок не может быть в прошлом"] } });
    const foreign = await launchCampaign({
      ...base(),
      templateId: other.template.id,
      audienceKind: "FORM_MENTEES",
      form: "TEACHER_PUPIL",
    });
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const foreignPerson = await launchCampaign({
      ...base(),
      templateId: menteeTemplate.id,
      audienceKind: "CHOSEN_PEOPLE",
      personIds: [other.people.menteeA.personId],
    });
    expect(foreignPerson).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await database.db.questionnaireResponse.count()).toBe(before);
  });

  it("offers the school's current templates, the programme's forms, classes and people with accounts to the curator only", async () => {
    const options = await loadLaunchOptions(await school.viewer(school.people.curator));
    const ids = options.templates.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining([menteeTemplate.id, parentTemplate.id, mentorTemplate.id]));
    expect(ids).not.toContain(other.template.id);
    expect(options.forms).toEqual(["TEACHER_PUPIL"]);
    expect(options.classes).toEqual(["7А", "7Б"]);
    const names = options.people.map((p) => p.name);
    expect(names).toContain("Ровесников Тест");
    expect(names).not.toContain("Безаккаунтов Тест");
    expect(names).not.toContain("Родителева Тест");
    await expect(loadLaunchOptions(await school.viewer(school.people.mentorA))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets only the curator launch", async () => {
    for (const who of [school.people.mentorA, school.people.parentA, school.people.director]) {
      actAs(await school.viewer(who));
      const before = await database.db.questionnaireCampaign.count();
      const result = await launchCampaign({
        ...base(),
        templateId: menteeTemplate.id,
        audienceKind: "CHOSEN_PEOPLE",
        personIds: [pupilPupil.personId],
      });
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await database.db.questionnaireCampaign.count()).toBe(before);
    }
  });

  it("sends chosen people with accounts, excluding those whose role does not fit", async () => {
    await asCurator();
    const result = await launchCampaign({
      ...base(),
      templateId: menteeTemplate.id,
      audienceKind: "CHOSEN_PEOPLE",
      personIds: [pupilPupil.personId, school.people.curator.personId],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.created).toBe(1);
    expect(result.data.excluded).toEqual([{ name: "Кураторова Тест", reason: "анкета не для его роли в школе" }]);
  });
});

describe("reminders, completion, answers typed in from paper", () => {
  let campaignId: string;
  let pendingId: string;
  let answeredId: string;

  beforeAll(async () => {
    await asCurator();
    const template = await makeCampaignTemplate(database.db, school, "MENTEE", "Итоговая анкета");
    const result = await launchCampaign({
      ...base(),
      templateId: template.id,
      audienceKind: "CHOSEN_PEOPLE",
      personIds: [pupilPupil.personId, school.people.menteeA.personId],
    });
    if (!result.ok) throw new Error(result.error);
    campaignId = result.data.campaignId;
    const rows = await campaignResponses(campaignId);
    answeredId = rows.find((r) => r.respondentId === school.people.menteeA.userId)!.id;
    pendingId = rows.find((r) => r.respondentId === pupilPupil.userId)!.id;
    actAs(await school.viewer(school.people.menteeA));
    const submitted = await submitQuestionnaire({ responseId: answeredId, answers: campaignAnswers(template) });
    expect(submitted.ok).toBe(true);
  });

  it("marks only the pending responses as reminded, and the respondent sees the reminder", async () => {
    actAs(await school.viewer(school.people.mentorA));
    expect(await remindCampaign({ campaignId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await asCurator();
    const result = await remindCampaign({ campaignId });
    expect(result).toEqual({ ok: true, data: { reminded: 1 } });
    const rows = await campaignResponses(campaignId);
    expect(rows.find((r) => r.id === pendingId)!.remindedAt).not.toBeNull();
    expect(rows.find((r) => r.id === answeredId)!.remindedAt).toBeNull();
    const campaign = await database.db.questionnaireCampaign.findUniqueOrThrow({ where: { id: campaignId } });
    expect(campaign.lastRemindedAt).not.toBeNull();
    const pending = await listPendingQuestionnaires(await school.viewer(pupilPupil), "MENTEE");
    expect(pending.find((p) => p.id === pendingId)?.remindedAt).not.toBeNull();
  });

  it("counts answered and total per campaign and per class, and logs the read", async () => {
    const viewer = await school.viewer(school.people.curator);
    const reads = await database.db.auditEntry.count({ where: { schoolId: school.schoolId, action: "person.read" } });
    const completion = await getCampaignCompletion(viewer, campaignId);
    expect([completion.answered, completion.total]).toEqual([1, 2]);
    expect(completion.groups).toEqual(
      [
        { group: "7Б", answered: 0, total: 1 },
        { group: "7А", answered: 1, total: 1 },
      ].sort((a, b) => a.group.localeCompare(b.group, "ru")),
    );
    expect(completion.rows.filter((r) => r.status === "PENDING").map((r) => r.respondentName)).toEqual(["Ровесников Тест"]);
    expect(await database.db.auditEntry.count({ where: { schoolId: school.schoolId, action: "person.read" } })).toBeGreaterThan(
      reads,
    );
    const listed = (await listCampaigns(viewer)).find((c) => c.id === campaignId);
    expect([listed?.answered, listed?.total]).toEqual([1, 2]);
    await expect(getCampaignCompletion(await school.viewer(school.people.director), campaignId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getCampaignCompletion(await other.viewer(other.people.curator), campaignId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lets the curator type in a paper form with the same validation, marked as entered by the curator", async () => {
    actAs(await school.viewer(school.people.mentorA));
    expect(await enterPaperAnswers({ responseId: pendingId, answers: {} })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await other.viewer(other.people.curator));
    expect(await enterPaperAnswers({ responseId: pendingId, answers: {} })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(getPaperEntry(await school.viewer(school.people.parentA), campaignId, pendingId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getPaperEntry(await other.viewer(other.people.curator), campaignId, pendingId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const entry = await getPaperEntry(await school.viewer(school.people.curator), campaignId, pendingId);
    expect([entry.status, entry.subject.lastName, entry.template.questions.length]).toEqual(["PENDING", "Ровесников", 3]);
    await asCurator();
    const response = await database.db.questionnaireResponse.findUniqueOrThrow({
      where: { id: pendingId },
      include: { template: { include: { questions: { orderBy: { position: "asc" } } } } },
    });
    const [scale, single] = response.template.questions;
    const invalid = await enterPaperAnswers({ responseId: pendingId, answers: { [scale.id]: 11 } });
    expect(invalid).toMatchObject({ ok: false, code: "INVALID" });
    expect(!invalid.ok && invalid.fieldErrors?.[scale.id]).toEqual(["Оценка от 1 до 10"]);
    expect(!invalid.ok && invalid.fieldErrors?.[single.id]).toEqual(["Выберите один из вариантов"]);
    const entered = await enterPaperAnswers({ responseId: pendingId, answers: { [scale.id]: 7, [single.id]: "Нет" } });
    expect(entered.ok).toBe(true);
    const stored = await database.db.questionnaireResponse.findUniqueOrThrow({
      where: { id: pendingId },
      include: { answers: true },
    });
    expect(stored).toMatchObject({ status: "SUBMITTED", enteredById: school.people.curator.userId });
    expect(stored.answers.map((a) => a.numberValue ?? a.textValue).sort()).toEqual([7, "Нет"].sort());
    const audit = await database.db.auditEntry.findFirst({ where: { entityId: pendingId, action: "questionnaire.enter-paper" } });
    expect(audit?.userId).toBe(school.people.curator.userId);
    const completion = await getCampaignCompletion(await school.viewer(school.people.curator), campaignId);
    expect(completion.rows.find((r) => r.id === pendingId)?.enteredByCurator).toBe(true);
    expect(completion.answered).toBe(2);
  });
});

describe("filling in: drafts, double submit, closed campaigns, withdrawn consent", () => {
  let template: Awaited<ReturnType<typeof makeCampaignTemplate>>;
  let responseId: string;

  beforeAll(async () => {
    await asCurator();
    template = await makeCampaignTemplate(database.db, school, "MENTEE", "Анкета с черновиком");
    const result = await launchCampaign({
      ...base(),
      templateId: template.id,
      audienceKind: "CHOSEN_PEOPLE",
      personIds: [school.people.menteeA.personId],
    });
    if (!result.ok) throw new Error(result.error);
    responseId = (await campaignResponses(result.data.campaignId))[0].id;
  });

  it("saves a partial draft and restores it when the questionnaire is opened again", async () => {
    const [scale, , text] = template.questions;
    actAs(await school.viewer(school.people.menteeA));
    const saved = await saveDraft({ responseId, answers: { [scale.id]: "8", [text.id]: "Пока думаю" } });
    expect(saved.ok).toBe(true);
    const reopened = await getQuestionnaire(await school.viewer(school.people.menteeA), responseId);
    expect(reopened.draft).toEqual({ [scale.id]: "8", [text.id]: "Пока думаю" });
    expect(reopened.draftSavedAt).toBeInstanceOf(Date);
  });

  it("refuses a draft with unknown questions or wrong value types", async () => {
    const [, single] = template.questions;
    actAs(await school.viewer(school.people.menteeA));
    // The form shows «Черновик не сохранён: <error>», so the error must not repeat that opening.
    expect(await saveDraft({ responseId, answers: { "not-a-question": "1" } })).toMatchObject({
      ok: false,
      code: "INVALID",
      error: "проверьте ответы.",
    });
    expect(await saveDraft({ responseId, answers: { [single.id]: { nested: true } } })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    const stored = await database.db.questionnaireResponse.findUniqueOrThrow({ where: { id: responseId } });
    expect(stored.draft).toMatchObject({ [template.questions[2].id]: "Пока думаю" });
  });

  it("does not let another user save a draft to someone else's response", async () => {
    for (const who of [school.people.menteeB, school.people.parentB]) {
      actAs(await school.viewer(who));
      expect(await saveDraft({ responseId, answers: {} })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    actAs(await school.viewer(school.people.curator));
    expect(await saveDraft({ responseId, answers: {} })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const stored = await database.db.questionnaireResponse.findUniqueOrThrow({ where: { id: responseId } });
    expect(stored.draft).toMatchObject({ [template.questions[2].id]: "Пока думаю" });
  });

  it("shows Russian errors per question, submits once, clears the draft, and refuses a second submit", async () => {
    const [scale, single] = template.questions;
    actAs(await school.viewer(school.people.menteeA));
    const incomplete = await submitQuestionnaire({ responseId, answers: { [scale.id]: "8" } });
    expect(incomplete).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { [single.id]: ["Выберите один из вариантов"] },
    });
    expect(await submitQuestionnaire({ responseId, answers: campaignAnswers(template) })).toMatchObject({ ok: true });
    const stored = await database.db.questionnaireResponse.findUniqueOrThrow({
      where: { id: responseId },
      include: { answers: true },
    });
    expect(stored).toMatchObject({ status: "SUBMITTED", draft: null, draftSavedAt: null, enteredById: null });
    expect(stored.answers).toHaveLength(2);
    expect(await submitQuestionnaire({ responseId, answers: campaignAnswers(template) })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await saveDraft({ responseId, answers: {} })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await database.db.answer.count({ where: { responseId } })).toBe(2);
  });

  it("refuses submitting to a closed campaign, and the questionnaire leaves the dashboard", async () => {
    await asCurator();
    const fresh = await makeCampaignTemplate(database.db, school, "MENTEE", "Закрываемая анкета");
    const launched = await launchCampaign({
      ...base(),
      templateId: fresh.id,
      audienceKind: "CHOSEN_PEOPLE",
      personIds: [school.people.menteeA.personId],
    });
    if (!launched.ok) throw new Error(launched.error);
    const id = (await campaignResponses(launched.data.campaignId))[0].id;
    actAs(await school.viewer(school.people.mentorA));
    expect(await closeCampaign({ campaignId: launched.data.campaignId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await asCurator();
    expect(await closeCampaign({ campaignId: launched.data.campaignId })).toMatchObject({ ok: true });
    expect(await closeCampaign({ campaignId: launched.data.campaignId })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await remindCampaign({ campaignId: launched.data.campaignId })).toMatchObject({ ok: false, code: "INVALID" });
    actAs(await school.viewer(school.people.menteeA));
    const result = await submitQuestionnaire({ responseId: id, answers: campaignAnswers(fresh) });
    expect(result).toMatchObject({ ok: false, code: "INVALID", error: "Сбор ответов на эту анкету закрыт." });
    expect(await saveDraft({ responseId: id, answers: {} })).toMatchObject({ ok: false, code: "INVALID" });
    const pending = await listPendingQuestionnaires(await school.viewer(school.people.menteeA), "MENTEE");
    expect(pending.map((p) => p.id)).not.toContain(id);
    expect((await database.db.questionnaireResponse.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
  });

  it("refuses a response whose subject's consent was withdrawn after the launch", async () => {
    await asCurator();
    const fresh = await makeCampaignTemplate(database.db, school, "MENTEE", "Анкета до отзыва согласия");
    const launched = await launchCampaign({
      ...base(),
      templateId: fresh.id,
      audienceKind: "CHOSEN_PEOPLE",
      personIds: [pupilPupil.personId],
    });
    if (!launched.ok) throw new Error(launched.error);
    const id = (await campaignResponses(launched.data.campaignId))[0].id;
    await database.db.consent.updateMany({ where: { subjectId: pupilPupil.personId }, data: { withdrawnAt: new Date() } });
    actAs(await school.viewer(pupilPupil));
    const result = await submitQuestionnaire({ responseId: id, answers: campaignAnswers(fresh) });
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    expect(!result.ok && result.error).toContain("согласия");
    await asCurator();
    expect(await enterPaperAnswers({ responseId: id, answers: campaignAnswers(fresh) })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await database.db.answer.count({ where: { responseId: id } })).toBe(0);
  });
});

describe("the audience of a campaign", () => {
  it("leaves out an account this school switched off, saying so", async () => {
    const viewer = await school.viewer(school.people.curator);
    const input = { ...base(), templateId: parentTemplate.id, audienceKind: "CLASS_PARENTS", classKey: "7А" } as const;
    expect((await resolveAudience(viewer, input, "PARENT")).members.map((m) => m.respondentId)).toContain(
      school.people.parentA.userId,
    );
    await database.db.membership.updateMany({
      where: { userId: school.people.parentA.userId, schoolId: school.schoolId },
      data: { deactivatedAt: new Date() },
    });
    const audience = await resolveAudience(viewer, input, "PARENT");
    expect(audience.members.map((m) => m.respondentId)).not.toContain(school.people.parentA.userId);
    expect(audience.excluded).toContainEqual({
      name: "Родителева Тест (о ребёнке: Ученикова Тест)",
      reason: "учётная запись отключена в школе",
    });
    await database.db.membership.updateMany({
      where: { userId: school.people.parentA.userId, schoolId: school.schoolId },
      data: { deactivatedAt: null },
    });
  });
});
