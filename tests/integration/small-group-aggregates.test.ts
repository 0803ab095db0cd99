import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { SatisfactionCard } from "@/components/director/satisfaction-card";
import { MonitoringHeadline } from "@/components/monitoring/monitoring-headline";
import { exportResults } from "@/lib/questionnaires/results/export-results";
import { getTemplateResults } from "@/lib/questionnaires/results/get-template-results";
import { getDirectorReport } from "@/lib/reports/get-director-report";
import { monitoringBuilder } from "../support/monitoring-fixture";
import { xlsxRows } from "../support/read-office-files";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";

// One school where four mentees answered the satisfaction questionnaire, one where five did.
const database = useTestDatabase();
const schools: Record<4 | 5, { fixture: SchoolFixture; templateId: string }> = {} as never;

async function schoolWith(count: 4 | 5) {
  const fixture = await createSchoolFixture(database.db, `Ответивших${count}`);
  const build = monitoringBuilder(database.db, fixture);
  const template = await build.template("SATISFACTION", "MENTEE", ["Комфортно", "Полезно"]);
  const campaign = await build.campaign(template);
  for (let i = 0; i < count; i++) {
    const pair = await build.pair("TEACHER_PUPIL");
    await build.respond(template, campaign.id, pair.menteePersonId, [3, 3]);
    // A second campaign's answer by the same pupil is still one person.
    if (i === 0) await build.respond(template, (await build.campaign(template)).id, pair.menteePersonId, [3, 3]);
  }
  return { fixture, templateId: template.id };
}

type Lopsided = "fiveParentsOneChild" | "oneTeacherFivePupils";
const lopsided: Record<Lopsided, { fixture: SchoolFixture; templateId: string }> = {} as never;

/** Five responses that rest on one person: five parents about one child, or one teacher about five pupils. */
async function lopsidedSchool(kind: Lopsided) {
  const fixture = await createSchoolFixture(database.db, kind);
  const build = monitoringBuilder(database.db, fixture);
  const template = await build.template("SATISFACTION", kind === "fiveParentsOneChild" ? "PARENT" : "MENTEE", ["Комфортно"]);
  const campaign = await build.campaign(template);
  const child = (await build.pair("TEACHER_PUPIL")).menteePersonId;
  for (let i = 0; i < 5; i++) {
    if (kind === "fiveParentsOneChild") {
      const parent = await database.db.user.create({
        data: { login: `parent-${i}-${fixture.schoolId}`, displayName: `Родитель ${i}`, passwordHash: "not-a-real-hash" },
      });
      await build.respond(template, campaign.id, child, [3], new Date(), parent.id);
    } else {
      const pupil = (await build.pair("TEACHER_PUPIL")).menteePersonId;
      await build.respond(template, campaign.id, pupil, [3], new Date(), fixture.people.mentorA.userId);
    }
  }
  return { fixture, templateId: template.id };
}

beforeAll(async () => {
  schools[4] = await schoolWith(4);
  schools[5] = await schoolWith(5);
  lopsided.fiveParentsOneChild = await lopsidedSchool("fiveParentsOneChild");
  lopsided.oneTeacherFivePupils = await lopsidedSchool("oneTeacherFivePupils");
});

const director = (count: 4 | 5) => schools[count].fixture.viewer(schools[count].fixture.people.director);

describe("the director's satisfaction average", () => {
  it("is hidden when four people answered, however many answers they gave", async () => {
    const report = await getDirectorReport(await director(4));
    expect(report.satisfaction.average).toEqual({ shown: false, respondents: 4 });
    expect(report.satisfaction.answers).toBe(10);
    const html = renderToStaticMarkup(createElement(SatisfactionCard, { satisfaction: report.satisfaction }));
    expect(html).toContain("Меньше 5 ответивших");
    expect(html).not.toContain("из 10");
  });

  it("is shown when five people answered", async () => {
    const report = await getDirectorReport(await director(5));
    expect(report.satisfaction.average).toEqual({ shown: true, respondents: 5, value: 3 });
    const html = renderToStaticMarkup(createElement(SatisfactionCard, { satisfaction: report.satisfaction }));
    expect(html).toContain("3 <span");
    expect(html).not.toContain("Меньше 5 ответивших");
  });
});

describe("the monitoring headline on the director's report", () => {
  it.each([
    [4, false],
    [5, true],
  ] as const)("with %i people answering is shown: %s", async (count, shown) => {
    const report = await getDirectorReport(await director(count));
    const mentees = report.monitoring!.satisfaction.find((s) => s.role === "MENTEE")!;
    expect(mentees.mean).toMatchObject({ shown, respondents: count });
    const html = renderToStaticMarkup(createElement(MonitoringHeadline, report.monitoring!));
    expect(html.includes("из 10")).toBe(shown);
  });
});

describe("the results export", () => {
  it.each([
    [4, false],
    [5, true],
  ] as const)("with %i people answering shows the mean: %s", async (count, shown) => {
    const { file } = await exportResults(await director(count), schools[count].templateId, {});
    const row = (await xlsxRows(file))["Итоги"].find((r) => r[1] === "Комфортно")!;
    if (shown) expect(row[4]).toBe("3");
    else expect(row[5]).toMatch(/^Меньше 5 ответивших/);
  });
});

describe("five answers that rest on one person are a group of one", () => {
  it.each(["fiveParentsOneChild", "oneTeacherFivePupils"] as const)(
    "%s: results and the director's average are hidden",
    async (kind) => {
      const { fixture, templateId } = lopsided[kind];
      const viewer = await fixture.viewer(fixture.people.director);
      const results = await getTemplateResults(viewer, templateId);
      expect(results.questions[0].result).toEqual({ shown: false, respondents: 1 });
      const report = await getDirectorReport(viewer);
      expect(report.satisfaction).toEqual({ average: { shown: false, respondents: 1 }, answers: 5 });
    },
  );

  it("one teacher's answers about five pupils do not show in monitoring either", async () => {
    const { fixture } = lopsided.oneTeacherFivePupils;
    const report = await getDirectorReport(await fixture.viewer(fixture.people.director));
    expect(report.monitoring!.satisfaction.find((s) => s.role === "MENTEE")!.mean).toEqual({ shown: false, respondents: 1 });
  });
});
