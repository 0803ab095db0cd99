import { beforeAll, describe, expect, it } from "vitest";
import { exportResults } from "@/lib/questionnaires/results/export-results";
import { getTemplateResults, type ResultsFilter, type TemplateResults } from "@/lib/questionnaires/results/get-template-results";
import { smallGroupNote, smallSubgroupNote } from "@/lib/questionnaires/results/small-group";
import { addPupil } from "../support/campaign-fixture";
import { xlsxRows } from "../support/read-office-files";
import { makeResultsTemplate, submitResultsResponse, type ResultsTemplate } from "../support/results-fixture";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";

// A satisfaction campaign answered by 24 of 24: 11 pupils of 7А, 10 of 7В and 3 of 7Г.
const database = useTestDatabase();
let school: SchoolFixture;
let template: ResultsTemplate;
let campaignId: string;

beforeAll(async () => {
  const db = database.db;
  school = await createSchoolFixture(db, "Кампания");
  template = await makeResultsTemplate(db, school, "Удовлетворённость", false);
  const campaign = await db.questionnaireCampaign.create({
    data: {
      schoolId: school.schoolId,
      templateId: template.id,
      title: "Декабрь",
      audience: { kind: "CHOSEN" },
      dueOn: new Date(Date.UTC(2026, 11, 20)),
    },
  });
  campaignId = campaign.id;
  const classes: [string, number][] = [
    ["А", 11],
    ["В", 10],
    ["Г", 3],
  ];
  for (const [letter, size] of classes) {
    for (let i = 0; i < size; i++) {
      const pupil = await addPupil(db, school, `Ученик${letter}${i}`, true, letter);
      await submitResultsResponse(db, school, template, pupil, 1 + (i % 10), { campaignId, text: `Мнение ${letter}${i}` });
    }
  }
});

const scaleOf = (results: TemplateResults) => results.questions.find((q) => q.question.position === 1)!.result;

async function exportedScaleRow(filter: ResultsFilter) {
  const { file } = await exportResults(await school.viewer(school.people.curator), template.id, filter);
  const sheets = await xlsxRows(file);
  return { sheets, row: sheets["Итоги"].find((row) => row[1] === "Насколько полезны встречи?")! };
}

describe("one rule for a campaign's results, on the page and in the export", () => {
  it("shows the campaign's totals with its campaign filter, as without a filter", async () => {
    const curator = await school.viewer(school.people.curator);
    const byCampaign = await getTemplateResults(curator, template.id, { campaignId });
    const all = await getTemplateResults(curator, template.id);
    expect(byCampaign.questions.every((q) => q.result.shown)).toBe(true);
    expect(scaleOf(byCampaign)).toMatchObject({ shown: true, respondents: 24 });
    expect(scaleOf(byCampaign)).toEqual(scaleOf(all));
  });

  it("hides a class of 3 for too few answers, and a large class because comparing it would reveal the 3, saying so", async () => {
    const curator = await school.viewer(school.people.curator);
    const small = await getTemplateResults(curator, template.id, { campaignId, classKey: "7Г" });
    expect(scaleOf(small)).toEqual({ shown: false, respondents: 3 });
    const large = await getTemplateResults(curator, template.id, { campaignId, classKey: "7А" });
    expect(scaleOf(large)).toEqual({ shown: false, respondents: 11, reason: "SUBGROUP" });
  });

  it("exports exactly what the page shows, with the same reasons, and no named answers", async () => {
    const curator = await school.viewer(school.people.curator);
    const filters: ResultsFilter[] = [{ campaignId }, { campaignId, classKey: "7Г" }, { campaignId, classKey: "7А" }, {}];
    for (const filter of filters) {
      const page = scaleOf(await getTemplateResults(curator, template.id, filter));
      const { sheets, row } = await exportedScaleRow(filter);
      expect(Object.keys(sheets)).toEqual(["Итоги", "Варианты"]);
      expect(JSON.stringify(sheets)).not.toContain("Мнение");
      expect(JSON.stringify(sheets)).not.toContain("УченикА0");
      if (page.shown && page.value.kind === "SCALE") {
        expect(row.slice(3, 5)).toEqual([String(page.respondents), String(page.value.mean)]);
      } else {
        expect(page.shown).toBe(false);
        expect(row.slice(3, 6)).toEqual(["", "", page.shown ? "" : page.reason ? smallSubgroupNote : smallGroupNote]);
      }
    }
  });
});
