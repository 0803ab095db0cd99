import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getAchievementEvidence } from "@/lib/achievements/get-achievement-evidence";
import { listPairAchievements } from "@/lib/achievements/list-pair-achievements";
import { recordAchievement } from "@/lib/achievements/record-achievement";
import { removeAchievement } from "@/lib/achievements/remove-achievement";
import { summariseAchievements } from "@/lib/achievements/summarise-achievements";
import { listMentorHours } from "@/lib/mentor-hours/list-mentor-hours";
import { mentorHoursXlsx } from "@/lib/mentor-hours/mentor-hours-xlsx";
import { savePreparation } from "@/lib/mentor-hours/save-preparation";
import { getPairOverview } from "@/lib/pair-health/get-pair-overview";
import { saveHealthSettings } from "@/lib/pair-health/save-health-settings";
import { xlsxRows } from "../support/read-office-files";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const db = () => database.db;
let school: SchoolFixture;
let other: SchoolFixture;
const pdf = Buffer.from("%PDF-1.4\n% диплом призёра\n");

function achievement(fixture: SchoolFixture, pair: "pairA" | "pairB", fields: Record<string, string> = {}, file?: File) {
  const form = new FormData();
  const values = {
    mentorshipId: fixture[pair].mentorshipId,
    menteeId: fixture[pair].menteeId,
    kind: "OLYMPIAD",
    title: "Школьный этап олимпиады по математике",
    level: "SCHOOL",
    result: "PRIZE_WINNER",
    achievedOn: "2026-10-15",
    ...fields,
  };
  for (const [key, value] of Object.entries(values)) form.set(key, value);
  if (file) form.set("file", file);
  return recordAchievement(form);
}

const pdfFile = () => new File([new Uint8Array(pdf)], "диплом.pdf");

beforeAll(async () => {
  process.env.FILES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "nst-achievements-"));
  school = await createSchoolFixture(db(), "Достижения");
  other = await createSchoolFixture(db(), "Чужие достижения");
});

describe("achievements", () => {
  it("are recorded by the pair's mentor with an evidence file, shown on the pair and downloadable", async () => {
    actAs(await school.viewer(school.people.mentorA));
    const saved = await achievement(school, "pairA", {}, pdfFile());
    expect(saved).toMatchObject({ ok: true });
    const list = await listPairAchievements(await school.viewer(school.people.mentorA), school.pairA.mentorshipId);
    expect(list).toMatchObject([
      { title: "Школьный этап олимпиады по математике", result: "PRIZE_WINNER", evidenceFileName: "диплом.pdf" },
    ]);
    const file = await getAchievementEvidence(await school.viewer(school.people.curator), list[0].id);
    expect(Buffer.from(file.bytes).equals(pdf)).toBe(true);
    expect(file.mimeType).toBe("application/pdf");
    const audit = await db().auditEntry.findFirst({
      where: { action: "achievement.create", entityId: school.pairA.mentorshipId },
    });
    expect(audit).not.toBeNull();
  });

  it("are recorded by the curator for any pair of the school, without a file too", async () => {
    actAs(await school.viewer(school.people.curator));
    expect(await achievement(school, "pairB", { kind: "PROJECT", result: "WINNER", level: "MUNICIPAL" })).toMatchObject({
      ok: true,
    });
  });

  it("refuse bad input next to the field, and a file that is not what its name says", async () => {
    actAs(await school.viewer(school.people.mentorA));
    const bad = await achievement(school, "pairA", { title: "", achievedOn: "2999-01-01", level: "GALACTIC" });
    expect(bad.ok ? {} : bad.fieldErrors).toMatchObject({
      title: [expect.any(String)],
      achievedOn: ["Дата ещё не наступила"],
      level: ["Выберите уровень"],
    });
    const fake = await achievement(school, "pairA", {}, new File([new Uint8Array([1, 2, 3])], "диплом.pdf"));
    expect(fake.ok ? {} : fake.fieldErrors).toEqual({ file: ["Содержимое файла не соответствует его расширению"] });
    expect(await db().achievement.count({ where: { mentorshipId: school.pairA.mentorshipId } })).toBe(1);
  });

  it("are refused to another pair's mentor, to a mentee, a parent and the director, and across schools", async () => {
    actAs(await school.viewer(school.people.mentorB));
    expect(await achievement(school, "pairA")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // A mentee of another pair cannot be named on one's own pair either.
    expect(await achievement(school, "pairB", { menteeId: school.pairA.menteeId })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    for (const who of [school.people.menteeA, school.people.parentA, school.people.director]) {
      actAs(await school.viewer(who));
      expect(await achievement(school, "pairA")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    actAs(await other.viewer(other.people.curator));
    expect(await achievement(school, "pairA")).toMatchObject({ ok: false, code: "NOT_FOUND" });

    const [first] = await listPairAchievements(await school.viewer(school.people.curator), school.pairA.mentorshipId);
    expect(await listPairAchievements(await school.viewer(school.people.mentorB), school.pairA.mentorshipId)).toEqual([]);
    await expect(getAchievementEvidence(await school.viewer(school.people.mentorB), first.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // The mentee's own parent downloads it (tests/integration/pair-work-remainders.test.ts); another child's does not.
    await expect(getAchievementEvidence(await school.viewer(school.people.parentB), first.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getAchievementEvidence(await school.viewer(school.people.director), first.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getAchievementEvidence(await other.viewer(other.people.curator), first.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    actAs(await school.viewer(school.people.mentorB));
    expect(await removeAchievement({ achievementId: first.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("count in monitoring: olympiad participants and successful joint projects", async () => {
    const summary = await summariseAchievements(await school.viewer(school.people.director), school.programme.id);
    expect(summary).toEqual({
      contests: { mentees: 1, byLevel: [{ level: "SCHOOL", result: "PRIZE_WINNER", count: 1 }] },
      projects: { pairs: 1, successfulPairs: 1 },
      menteesInPairs: 2,
    });
  });

  it("are removed with their file by the pair's mentor", async () => {
    const [first] = await listPairAchievements(await school.viewer(school.people.mentorA), school.pairA.mentorshipId);
    const key = (await db().achievement.findUniqueOrThrow({ where: { id: first.id } })).evidenceStorageKey!;
    actAs(await school.viewer(school.people.mentorA));
    expect(await removeAchievement({ achievementId: first.id })).toMatchObject({ ok: true });
    expect(await db().achievement.count({ where: { id: first.id } })).toBe(0);
    expect(fs.existsSync(path.join(process.env.FILES_DIR!, key.slice(0, 2), key))).toBe(false);
  });
});

const meet = (fixture: SchoolFixture, pair: "pairA" | "pairB", day: string, minutes: number) =>
  db().meeting.create({
    data: {
      schoolId: fixture.schoolId,
      mentorshipId: fixture[pair].mentorshipId,
      type: "REGULAR",
      heldOn: new Date(`${day}T00:00:00Z`),
      durationMinutes: minutes,
      topic: "Встреча",
      createdById: fixture.people.mentorA.userId,
    },
  });

describe("mentor hours", () => {
  it("sum meetings per mentor and month with the preparation hours the mentor entered, and go to XLSX", async () => {
    await meet(school, "pairA", "2025-09-10", 45);
    await meet(school, "pairA", "2025-09-24", 45);
    await meet(school, "pairA", "2025-10-01", 60);
    await meet(school, "pairB", "2025-09-12", 30);
    await meet(other, "pairA", "2025-09-10", 100);
    actAs(await school.viewer(school.people.mentorA));
    expect(await savePreparation({ month: "2025-09", hours: 1.5 })).toMatchObject({ ok: true });
    expect(await savePreparation({ month: "2025-09", hours: 2 })).toMatchObject({ ok: true });
    const bad = await savePreparation({ month: "2999-01", hours: 0.3 });
    expect(bad.ok ? {} : bad.fieldErrors).toMatchObject({ hours: ["Часы — целые или с половиной, например 1,5"] });
    const future = await savePreparation({ month: "2099-01", hours: 1 });
    expect(future.ok ? {} : future.fieldErrors).toEqual({ month: ["Этот месяц ещё не начался"] });

    const { mentors } = await listMentorHours(await school.viewer(school.people.curator), "2025");
    expect(mentors.map((m) => [m.name, m.totalMinutes])).toEqual([
      // Meetings of September and October, and two hours of preparation; the other school's meeting is not here.
      ["Наставников Тест", 45 + 45 + 60 + 120],
      ["Учителев Тест", 30],
    ]);
    const september = mentors[0].months[0];
    expect(september).toMatchObject({ meetingMinutes: 90, meetings: 2, preparationMinutes: 120 });

    const own = await listMentorHours(await school.viewer(school.people.mentorB), "2025");
    expect(own.mentors.map((m) => m.name)).toEqual(["Учителев Тест"]);

    const rows = await xlsxRows(await mentorHoursXlsx({ schoolName: "Школа", startYear: 2025, mentors }));
    const sheet = rows["Часы наставников"];
    expect(sheet.find((r) => r[0] === "Наставников Тест" && r[1] === "Сентябрь 2025")?.slice(2)).toEqual([
      "2",
      "1.5",
      "2",
      "3.5",
    ]);
    expect(rows["Итого за год"].find((r) => r[0] === "Учителев Тест")?.slice(1)).toEqual(["1", "0.5"]);
  });

  it("are refused to mentees, parents and curators entering preparation, and show nothing of another school", async () => {
    for (const who of [school.people.menteeA, school.people.parentA]) {
      await expect(listMentorHours(await school.viewer(who))).rejects.toMatchObject({ code: "FORBIDDEN" });
      actAs(await school.viewer(who));
      expect(await savePreparation({ month: "2025-09", hours: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    actAs(await school.viewer(school.people.curator));
    expect(await savePreparation({ month: "2025-09", hours: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await expect(listMentorHours(await school.viewer(school.people.curator), "2025", { own: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const foreign = await listMentorHours(await other.viewer(other.people.curator), "2025");
    expect(foreign.mentors.map((m) => m.totalMinutes)).toEqual([100]);
  });
});

describe("the curator's pair card and thresholds", () => {
  it("opens a pair of the school only, and the thresholds are the curator's to save, checked", async () => {
    const overview = await getPairOverview(await school.viewer(school.people.curator), school.pairA.mentorshipId);
    expect(overview).toMatchObject({ meetingMinutes: 150, health: { status: "RISK" } });
    await expect(getPairOverview(await other.viewer(other.people.curator), school.pairA.mentorshipId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getPairOverview(await school.viewer(school.people.mentorA), school.pairA.mentorshipId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const values = { firstMeetingDays: 10, attentionDays: 20, riskDays: 15, lowFeedbackScore: 3, curatorAfterDays: 7 };
    actAs(await school.viewer(school.people.curator));
    const bad = await saveHealthSettings(values);
    expect(bad.ok ? {} : bad.fieldErrors).toEqual({
      riskDays: ["Срок «под риском» должен быть больше срока «требует внимания»"],
    });
    expect(await saveHealthSettings({ ...values, riskDays: 40 })).toMatchObject({ ok: true });
    expect(await db().pairHealthSettings.findUnique({ where: { schoolId: school.schoolId } })).toMatchObject({ riskDays: 40 });
    for (const who of [school.people.mentorA, school.people.director]) {
      actAs(await school.viewer(who));
      expect(await saveHealthSettings({ ...values, riskDays: 40 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
  });
});
