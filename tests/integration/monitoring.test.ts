import { beforeAll, describe, expect, it } from "vitest";
import { getMonitoring } from "@/lib/monitoring/get-monitoring";
import { saveSwot } from "@/lib/monitoring/save-swot";
import { getDirectorReport } from "@/lib/reports/get-director-report";
import { monitoringBuilder } from "../support/monitoring-fixture";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let north: SchoolFixture;
let south: SchoolFixture;
const teacherMentees: string[] = [];

const september = new Date(Date.UTC(2026, 8, 20));
const may = new Date(Date.UTC(2027, 4, 20));

beforeAll(async () => {
  north = await createSchoolFixture(database.db, "Север");
  south = await createSchoolFixture(database.db, "Юг", 2027);
  const build = monitoringBuilder(database.db, north);

  const teacherPairs = [];
  for (let i = 0; i < 6; i++) teacherPairs.push(await build.pair("TEACHER_PUPIL"));
  const pupilPairs = [];
  for (let i = 0; i < 3; i++) pupilPairs.push(await build.pair("PUPIL_PUPIL"));
  teacherMentees.push(...teacherPairs.map((p) => p.menteePersonId));

  // Stage 1: mentee means 9, 7, 7, 9, 10 (TEACHER_PUPIL) and 5, 6, 7 (PUPIL_PUPIL); five TEACHER_PUPIL mentors answer 6.
  const menteeSatisfaction = await build.template("SATISFACTION", "MENTEE", ["Комфортно", "Полезно"]);
  const mentorSatisfaction = await build.template("SATISFACTION", "MENTOR", ["Комфортно", "Поддержка"]);
  const menteeCampaign = await build.campaign(menteeSatisfaction);
  const mentorCampaign = await build.campaign(mentorSatisfaction);
  const menteeScores = [
    [8, 10],
    [7, 7],
    [6, 8],
    [9, 9],
    [10, 10],
  ];
  for (const [i, values] of menteeScores.entries()) {
    await build.respond(menteeSatisfaction, menteeCampaign.id, teacherPairs[i].menteePersonId, values);
    await build.respond(mentorSatisfaction, mentorCampaign.id, teacherPairs[i].mentorPersonId, [6, 6]);
  }
  for (const [i, pair] of pupilPairs.entries()) {
    await build.respond(menteeSatisfaction, menteeCampaign.id, pair.menteePersonId, [5 + i, 5 + i]);
  }

  // Stage 2: BEFORE and AFTER on two versions of the monitoring template; the sixth TEACHER_PUPIL mentee answers BEFORE only.
  const v1 = await build.template("MONITORING", "MENTEE", ["Стресс", "Интерес"], ["STRESS", "LEARNING_INTEREST"]);
  const v2 = await build.template(
    "MONITORING",
    "MENTEE",
    ["Интерес к учёбе", "Стресс и апатия"],
    ["LEARNING_INTEREST", "STRESS"],
  );
  const before = await build.campaign(v1, "BEFORE");
  const after = await build.campaign(v2, "AFTER");
  const stress = [
    [8, 4],
    [7, 7],
    [6, 3],
    [5, 6],
    [4, 2],
  ];
  const interest = [
    [5, 6],
    [5, 7],
    [5, 5],
    [5, 8],
    [5, 9],
  ];
  for (let i = 0; i < 5; i++) {
    const mentee = teacherPairs[i].menteePersonId;
    await build.respond(v1, before.id, mentee, [stress[i][0], interest[i][0]], september);
    await build.respond(v2, after.id, mentee, [interest[i][1], stress[i][1]], may);
  }
  await build.respond(v1, before.id, teacherPairs[5].menteePersonId, [9, 1], september);
  for (const pair of pupilPairs) {
    await build.respond(v1, before.id, pair.menteePersonId, [5, 5], september);
    await build.respond(v2, after.id, pair.menteePersonId, [5, 5], may);
  }

  // Another school's answers, even pointed at this school's programme, are never counted.
  const southBuild = monitoringBuilder(database.db, south, north.programme.id);
  const southSatisfaction = await southBuild.template("SATISFACTION", "MENTEE", ["Комфортно"]);
  const southCampaign = await southBuild.campaign(southSatisfaction);
  const southMonitoring = await southBuild.template("MONITORING", "MENTEE", ["Стресс"], ["STRESS"]);
  const southBefore = await southBuild.campaign(southMonitoring, "BEFORE");
  const southAfter = await southBuild.campaign(southMonitoring, "AFTER");
  for (const mentee of [south.people.menteeA, south.people.menteeB]) {
    await southBuild.respond(southSatisfaction, southCampaign.id, mentee.personId, [1]);
    await southBuild.respond(southMonitoring, southBefore.id, mentee.personId, [1], september);
    await southBuild.respond(southMonitoring, southAfter.id, mentee.personId, [10], may);
  }
});

describe("stage 1: quality of the programme", () => {
  it("gives satisfaction by role and by form, hiding the form with three people", async () => {
    const monitoring = (await getMonitoring(await north.viewer(north.people.curator)))!;
    expect(monitoring.satisfaction.byRole).toEqual([
      { role: "MENTEE", mean: { shown: true, respondents: 8, value: 7.5 } },
      { role: "MENTOR", mean: { shown: true, respondents: 5, value: 6 } },
    ]);
    expect(monitoring.satisfaction.byForm).toEqual([
      { form: "PUPIL_PUPIL", mean: { shown: false, respondents: 3 } },
      // Shown, it would give away the form of three: the overall figure minus this one.
      { form: "TEACHER_PUPIL", mean: { shown: false, respondents: 10 } },
    ]);
    expect(monitoring.satisfaction.overall).toEqual({ shown: true, respondents: 13, value: expect.any(Number) });
    expect(monitoring.satisfaction.byItem).toContainEqual({
      role: "MENTEE",
      text: "Полезно",
      mean: { shown: true, respondents: 8, value: 7.8 },
    });
  });
});

describe("stage 2: growth of participants", () => {
  it("pairs before and after per participant across template versions; BEFORE-only participants are left out", async () => {
    const monitoring = (await getMonitoring(await north.viewer(north.people.curator)))!;
    const rows = monitoring.participants!;
    expect(new Set(rows.map((r) => r.subjectId)).size).toBe(8);
    expect(rows.some((r) => r.subjectId === teacherMentees[5])).toBe(false);
    expect(rows.find((r) => r.subjectId === teacherMentees[0] && r.parameter === "STRESS")).toMatchObject({
      before: 8,
      after: 4,
      delta: -4,
      improved: true,
      form: "TEACHER_PUPIL",
    });
    expect(rows.find((r) => r.subjectId === teacherMentees[3] && r.parameter === "STRESS")).toMatchObject({
      delta: 1,
      improved: false,
    });
  });

  it("gives mean before, after, delta and share improved per form and overall", async () => {
    const monitoring = (await getMonitoring(await north.viewer(north.people.curator)))!;
    const stress = monitoring.growth.find((g) => g.parameter.code === "STRESS")!;
    expect(stress.overall).toEqual({
      shown: true,
      respondents: 8,
      value: { before: 5.63, after: 4.63, delta: -1, improvedPercent: 37.5 },
    });
    expect(stress.byForm).toEqual([
      { form: "PUPIL_PUPIL", figures: { shown: false, respondents: 3 } },
      { form: "TEACHER_PUPIL", figures: { shown: false, respondents: 5 } },
    ]);
    const interest = monitoring.growth.find((g) => g.parameter.code === "LEARNING_INTEREST")!;
    expect(interest.overall).toMatchObject({ shown: true, respondents: 8 });
    expect(interest.byForm[1].figures).toEqual({ shown: false, respondents: 5 });
  });

  it("logs the curator's read of the participants' values", async () => {
    const curator = await north.viewer(north.people.curator);
    await getMonitoring(curator);
    const reads = await database.db.auditEntry.findMany({
      where: { schoolId: north.schoolId, userId: curator.userId, action: "person.read", entityId: teacherMentees[0] },
    });
    expect(reads.length).toBeGreaterThan(0);
    expect(reads[0].details).toEqual({ what: "Мониторинг: рост участников" });
  });
});

describe("who reads monitoring", () => {
  it("gives the director the aggregates but no per-participant rows, and logs no reads", async () => {
    const director = await north.viewer(north.people.director);
    const monitoring = (await getMonitoring(director))!;
    expect(monitoring.participants).toBeNull();
    expect(monitoring.satisfaction.byRole[0].mean).toMatchObject({ shown: true, value: 7.5 });
    const reads = await database.db.auditEntry.count({ where: { userId: director.userId, action: "person.read" } });
    expect(reads).toBe(0);
  });

  it("puts the headline figures on the director's report", async () => {
    const report = await getDirectorReport(await north.viewer(north.people.director));
    expect(report.monitoring).not.toBeNull();
    expect(report.monitoring!.satisfaction).toEqual([
      { role: "MENTEE", mean: { shown: true, respondents: 8, value: 7.5 } },
      { role: "MENTOR", mean: { shown: true, respondents: 5, value: 6 } },
    ]);
    expect(report.monitoring!.growth.find((g) => g.parameter.code === "STRESS")!.overall).toMatchObject({
      value: { delta: -1, improvedPercent: 37.5 },
    });
  });

  it("refuses a mentor and a parent", async () => {
    await expect(getMonitoring(await north.viewer(north.people.mentorA))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getMonitoring(await north.viewer(north.people.parentA))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows another school only its own answers", async () => {
    const monitoring = (await getMonitoring(await south.viewer(south.people.curator)))!;
    // South's programme has no campaigns of its own: the answers pointed at north's programme are not south's either.
    expect(monitoring.programme.id).toBe(south.programme.id);
    expect(monitoring.satisfaction.overall).toEqual({ shown: false, respondents: 0 });
    expect(monitoring.participants).toEqual([]);
  });
});

describe("SWOT", () => {
  const swot = { strengths: "Опытные наставники", weaknesses: "Мало времени", opportunities: "Вуз-партнёр", threats: "Нагрузка" };

  it("is saved by the curator for the latest programme, with an audit entry", async () => {
    const curator = await north.viewer(north.people.curator);
    actAs(curator);
    const result = await saveSwot({ ...swot, strengths: "  Опытные наставники  " });
    expect(result.ok).toBe(true);
    const monitoring = (await getMonitoring(curator))!;
    expect(monitoring.swot).toMatchObject(swot);
    const audit = await database.db.auditEntry.count({ where: { schoolId: north.schoolId, action: "programme-swot.save" } });
    expect(audit).toBe(1);
    const southSwot = await database.db.programmeSwot.findUnique({ where: { programmeId: south.programme.id } });
    expect(southSwot).toBeNull();
  });

  it("is refused to the director and to a mentor, and nothing is written", async () => {
    for (const who of [north.people.director, north.people.mentorA]) {
      actAs(await north.viewer(who));
      expect(await saveSwot({ ...swot, threats: "Чужая правка" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    const stored = await database.db.programmeSwot.findUniqueOrThrow({ where: { programmeId: north.programme.id } });
    expect(stored.threats).toBe("Нагрузка");
  });

  it("rejects an over-long field with a Russian message next to it", async () => {
    actAs(await north.viewer(north.people.curator));
    const result = await saveSwot({ ...swot, weaknesses: "а".repeat(4001) });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { weaknesses: ["Не больше 4000 символов"] } });
  });
});
