import { beforeAll, describe, expect, it } from "vitest";
import { exportResults } from "@/lib/questionnaires/results/export-results";
import { findCampaignTemplate } from "@/lib/questionnaires/results/find-campaign-template";
import { getIndividualAnswers } from "@/lib/questionnaires/results/get-individual-answers";
import { getTemplateResults, type TemplateResults } from "@/lib/questionnaires/results/get-template-results";
import { addPupil } from "../support/campaign-fixture";
import { xlsxRows } from "../support/read-office-files";
import { makeResultsTemplate, submitResultsResponse, type ResultsTemplate } from "../support/results-fixture";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;
/** 5 pupils of 7А (scale 6–10) and 5 of 7В (scale 1–5). */
let tenTemplate: ResultsTemplate;
/** The same ten plus 4 pupils of 7Б (scale 1). */
let withSmallClass: ResultsTemplate;
let allowed: ResultsTemplate;
let denied: ResultsTemplate;
let campaignId: string;
let classA: { personId: string; userId: string }[];

function question(results: TemplateResults, position: number) {
  return results.questions.find((q) => q.question.position === position)!.result;
}

beforeAll(async () => {
  const db = database.db;
  school = await createSchoolFixture(db, "results");
  other = await createSchoolFixture(db, "results-other");
  tenTemplate = await makeResultsTemplate(db, school, "Итоги встреч", false);
  withSmallClass = await makeResultsTemplate(db, school, "С маленьким классом", false);
  allowed = await makeResultsTemplate(db, school, "Наставнику можно", true);
  denied = await makeResultsTemplate(db, school, "Наставнику нельзя", false);
  const campaign = await db.questionnaireCampaign.create({
    data: {
      schoolId: school.schoolId,
      templateId: tenTemplate.id,
      title: "Ноябрь",
      audience: { kind: "CHOSEN" },
      dueOn: new Date(Date.UTC(2026, 11, 1)),
    },
  });
  campaignId = campaign.id;
  classA = [];
  for (let i = 0; i < 5; i++) classA.push(await addPupil(db, school, `Альфа${i}`, true, "А"));
  const classV = [];
  for (let i = 0; i < 5; i++) classV.push(await addPupil(db, school, `Вега${i}`, true, "В"));
  const classB = [];
  for (let i = 0; i < 4; i++) classB.push(await addPupil(db, school, `Бета${i}`, true, "Б"));
  for (const template of [tenTemplate, withSmallClass]) {
    const campaignOf = template === tenTemplate ? campaignId : undefined;
    for (const [i, p] of classA.entries()) {
      await submitResultsResponse(db, school, template, p, 6 + i, {
        campaignId: campaignOf,
        text: `Мнение ${i}`,
        enteredById: i === 0 ? school.people.curator.userId : undefined,
      });
    }
    for (const [i, p] of classV.entries())
      await submitResultsResponse(db, school, template, p, 1 + i, { campaignId: campaignOf });
  }
  for (const p of classB) await submitResultsResponse(db, school, withSmallClass, p, 1);
  // A pending response is not counted.
  await db.questionnaireResponse.create({
    data: {
      schoolId: school.schoolId,
      templateId: tenTemplate.id,
      respondentId: school.people.menteeA.userId,
      subjectId: school.people.menteeA.personId,
    },
  });
  for (const template of [allowed, denied]) {
    await submitResultsResponse(db, school, template, school.people.menteeA, 9, { text: "Про наставника A" });
    await submitResultsResponse(db, school, template, school.people.menteeB, 3, { text: "Про наставника B" });
  }
});

describe("aggregates", () => {
  it("gives the mean and distribution of submitted responses", async () => {
    const results = await getTemplateResults(await school.viewer(school.people.curator), tenTemplate.id);
    expect(results.version.title).toBe("Итоги встреч");
    const scale = question(results, 1);
    expect(scale).toMatchObject({ shown: true, respondents: 10, value: { kind: "SCALE", mean: 5.5 } });
    if (scale.shown && scale.value.kind === "SCALE") {
      expect(scale.value.bars).toHaveLength(10);
      expect(scale.value.bars.every((b) => b.count === 1 && b.percent === 10)).toBe(true);
    }
    expect(question(results, 2)).toMatchObject({ shown: true, value: { kind: "NUMBER", mean: 11, min: 2, max: 20, median: 11 } });
    expect(question(results, 3)).toMatchObject({
      shown: true,
      value: {
        bars: [
          { label: "Да", count: 5, percent: 50 },
          { label: "Нет", count: 5, percent: 50 },
        ],
      },
    });
    expect(question(results, 4)).toMatchObject({
      shown: true,
      value: {
        bars: [
          { label: "Учёба", count: 10, percent: 100 },
          { label: "Профессии", count: 3, percent: 30 },
        ],
      },
    });
    expect(question(results, 5)).toEqual({ shown: true, respondents: 5, value: { kind: "COUNT", count: 5 } });
    expect(results.classes).toEqual(["7А", "7В"]);
    expect(results.campaigns.map((c) => c.title)).toEqual(["Ноябрь"]);
  });

  it("filters by class and by campaign when every group is large enough", async () => {
    const curator = await school.viewer(school.people.curator);
    const byClass = await getTemplateResults(curator, tenTemplate.id, { classKey: "7В" });
    expect(question(byClass, 1)).toMatchObject({ shown: true, respondents: 5, value: { mean: 3 } });
    const byCampaign = await getTemplateResults(curator, tenTemplate.id, { campaignId });
    expect(question(byCampaign, 1)).toMatchObject({ shown: true, respondents: 10, value: { mean: 5.5 } });
    const byForm = await getTemplateResults(curator, tenTemplate.id, { form: "TEACHER_PUPIL" });
    expect(question(byForm, 1)).toEqual({ shown: false, respondents: 0 });
  });

  it("hides a class of four, and any filter that with the total would reveal it", async () => {
    const curator = await school.viewer(school.people.curator);
    const small = await getTemplateResults(curator, withSmallClass.id, { classKey: "7Б" });
    expect(small.questions.every((q) => !q.result.shown)).toBe(true);
    expect(question(small, 1)).not.toHaveProperty("value");
    // 7А has five, but total minus 7А minus 7В would give 7Б's four.
    const large = await getTemplateResults(curator, withSmallClass.id, { classKey: "7А" });
    expect(question(large, 1).shown).toBe(false);
    const total = await getTemplateResults(curator, withSmallClass.id);
    expect(question(total, 1)).toMatchObject({ shown: true, respondents: 14, value: { mean: 4.2 } });
  });

  it("lets the director read aggregates but not individual answers", async () => {
    const director = await school.viewer(school.people.director);
    const results = await getTemplateResults(director, tenTemplate.id);
    expect(question(results, 1)).toMatchObject({ shown: true, value: { mean: 5.5 } });
    await expect(getIndividualAnswers(director, { templateIds: [tenTemplate.id] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses mentees, parents and mentors, and hides another school's template", async () => {
    for (const who of [school.people.menteeA, school.people.parentA, school.people.mentorA]) {
      await expect(getTemplateResults(await school.viewer(who), tenTemplate.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    for (const who of [school.people.menteeA, school.people.parentA]) {
      await expect(getIndividualAnswers(await school.viewer(who))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const curator = await school.viewer(school.people.curator);
    await expect(getTemplateResults(curator, other.template.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getIndividualAnswers(curator, { templateIds: [other.template.id] })).toEqual([]);
  });
});

describe("campaign results link", () => {
  it("finds the campaign's template within the school only", async () => {
    expect(await findCampaignTemplate(await school.viewer(school.people.director), campaignId)).toBe(tenTemplate.id);
    await expect(findCampaignTemplate(await other.viewer(other.people.curator), campaignId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(findCampaignTemplate(await school.viewer(school.people.menteeA), campaignId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("individual answers", () => {
  it("shows the curator every submitted response, marks paper entry and logs the reads", async () => {
    const curator = await school.viewer(school.people.curator);
    const responses = await getIndividualAnswers(curator, { templateIds: [tenTemplate.id] });
    expect(responses).toHaveLength(10);
    const first = responses.find((r) => r.subjectId === classA[0].personId)!;
    expect(first.enteredOnPaper).toBe(true);
    expect(first.answers.map((a) => a.value)).toEqual(["6", "12", "Да", "Учёба", "Мнение 0"]);
    expect(responses.filter((r) => r.enteredOnPaper)).toHaveLength(1);
    const reads = await database.db.auditEntry.findMany({
      where: {
        schoolId: school.schoolId,
        userId: school.people.curator.userId,
        action: "person.read",
        entityId: classA[0].personId,
      },
    });
    expect(reads.length).toBeGreaterThan(0);
  });

  it("shows a mentor only their own mentee's answers, and only where the template allows it", async () => {
    const mentorA = await school.viewer(school.people.mentorA);
    const own = await getIndividualAnswers(mentorA, {
      subjectIds: [school.people.menteeA.personId, school.people.menteeB.personId],
    });
    expect(own.map((r) => [r.template.title, r.subjectId])).toEqual([["Наставнику можно", school.people.menteeA.personId]]);
    expect(own[0].answers.at(-1)?.value).toBe("Про наставника A");
    expect(await getIndividualAnswers(mentorA, { subjectIds: [school.people.menteeB.personId] })).toEqual([]);
    expect(await getIndividualAnswers(mentorA, { templateIds: [denied.id] })).toEqual([]);
    expect((await getIndividualAnswers(mentorA)).map((r) => r.id)).toEqual(own.map((r) => r.id));
  });

  it("shows a mentor nothing once the pair is completed", async () => {
    await database.db.mentorship.update({ where: { id: school.pairA.mentorshipId }, data: { status: "COMPLETED" } });
    try {
      expect(await getIndividualAnswers(await school.viewer(school.people.mentorA))).toEqual([]);
    } finally {
      await database.db.mentorship.update({ where: { id: school.pairA.mentorshipId }, data: { status: "ACTIVE" } });
    }
  });
});

describe("XLSX export", () => {
  it("gives the curator «Итоги» with the means, and no sheet of named individual answers", async () => {
    const { file } = await exportResults(await school.viewer(school.people.curator), tenTemplate.id, {});
    const sheets = await xlsxRows(file);
    expect(Object.keys(sheets)).toEqual(["Итоги", "Варианты"]);
    const scaleRow = sheets["Итоги"].find((row) => row[1] === "Насколько полезны встречи?")!;
    expect(scaleRow.slice(3, 5)).toEqual(["10", "5.5"]);
    expect(sheets["Итоги"].find((row) => row[1] === "Сколько было встреч?")![4]).toBe("11");
    expect(JSON.stringify(sheets)).not.toContain("Мнение 3");
  });

  it("keeps hidden groups hidden, with the reason", async () => {
    const { file } = await exportResults(await school.viewer(school.people.director), withSmallClass.id, { classKey: "7Б" });
    const sheets = await xlsxRows(file);
    expect(Object.keys(sheets)).toEqual(["Итоги", "Варианты"]);
    const scaleRow = sheets["Итоги"].find((row) => row[1] === "Насколько полезны встречи?")!;
    expect(scaleRow[4]).toBe("");
    expect(scaleRow[5]).toMatch(/^Меньше 5 ответивших/);
  });
});
