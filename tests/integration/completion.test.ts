import { beforeAll, describe, expect, it } from "vitest";
import { completePair } from "@/lib/completion/complete-pair";
import { getPairResults } from "@/lib/completion/get-pair-results";
import { launchSecondMonitoring } from "@/lib/completion/launch-second-monitoring";
import { loadCompletionBoard } from "@/lib/completion/load-completion-board";
import { savePresentation } from "@/lib/completion/save-presentation";
import { saveReflection } from "@/lib/completion/save-reflection";
import { calendarDateValue, todayCalendarDate } from "@/lib/format/date";
import { endMentorship } from "@/lib/mentorships/end-mentorship";
import { grantMentoringConsent } from "../support/campaign-fixture";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const db = () => database.db;
const today = calendarDateValue(todayCalendarDate("Europe/Moscow"));
let school: SchoolFixture;
let other: SchoolFixture;

const presentation = (mentorshipId: string) => ({
  mentorshipId,
  form: "Проект" as const,
  summary: "Сделали совместный проект по физике и показали его классу",
  link: "https://example.org/project",
});
const reflection = (mentorshipId: string, kind: "PERSONAL" | "GROUP" = "PERSONAL") => ({
  mentorshipId,
  kind,
  achieved: "Научились планировать работу",
  difficulties: "",
  nextSteps: "",
  usefulness: 8,
});

beforeAll(async () => {
  school = await createSchoolFixture(db(), "Завершение");
  other = await createSchoolFixture(db(), "Чужая");
});

const finalMeeting = (fixture: SchoolFixture, mentorshipId: string, createdById: string) =>
  db().meeting.create({
    data: {
      schoolId: fixture.schoolId,
      mentorshipId,
      type: "FINAL",
      heldOn: new Date(Date.UTC(2026, 10, 20)),
      durationMinutes: 45,
      topic: "Итоговая встреча",
      createdById,
    },
  });

describe("completion of a pair", () => {
  it("is refused until the final meeting, the presentation and the mentor's reflection are there", async () => {
    const { mentorshipId } = school.pairA;
    actAs(await school.viewer(school.people.curator));
    const early = await completePair({ mentorshipId, endedOn: today });
    expect(early).toMatchObject({ ok: false, code: "INVALID" });
    expect(early.ok ? "" : early.error).toContain("итоговая встреча");

    await finalMeeting(school, mentorshipId, school.people.mentorA.userId);
    actAs(await school.viewer(school.people.mentorA));
    expect((await savePresentation(presentation(mentorshipId))).ok).toBe(true);
    actAs(await school.viewer(school.people.curator));
    const board = await loadCompletionBoard(await school.viewer(school.people.curator));
    const row = board.pairs.find((p) => p.id === mentorshipId)!;
    expect(row.missing).toEqual(["Рефлексия наставника"]);
    expect(await completePair({ mentorshipId, endedOn: today })).toMatchObject({ ok: false, code: "INVALID" });

    actAs(await school.viewer(school.people.mentorA));
    expect((await saveReflection(reflection(mentorshipId))).ok).toBe(true);
    actAs(await school.viewer(school.people.menteeA));
    expect((await saveReflection({ ...reflection(mentorshipId), achieved: "Стал увереннее" })).ok).toBe(true);

    actAs(await school.viewer(school.people.curator));
    const after = (await loadCompletionBoard(await school.viewer(school.people.curator))).pairs.find(
      (p) => p.id === mentorshipId,
    )!;
    expect(after.missing).toEqual([]);
    expect(after.steps.find((s) => s.code === "MENTEE_REFLECTIONS")).toMatchObject({
      done: true,
      label: "Рефлексия наставляемых: 1 из 1",
    });
    const done = await completePair({ mentorshipId, endedOn: today });
    expect(done.ok).toBe(true);
    expect(await db().mentorship.findUniqueOrThrow({ where: { id: mentorshipId } })).toMatchObject({ status: "COMPLETED" });
    const notices = await db().notification.findMany({ where: { kind: "PAIR_ENDED", schoolId: school.schoolId } });
    expect(notices.map((n) => n.userId)).toContain(school.people.menteeA.userId);
    // Once completed, nobody changes the presentation any more.
    actAs(await school.viewer(school.people.mentorA));
    expect(await savePresentation(presentation(mentorshipId))).toMatchObject({ ok: false, code: "INVALID" });
  });

  it("keeps endMentorship working: it still completes a pair after its final meeting", async () => {
    const mentorshipId = other.pairB.mentorshipId;
    actAs(await other.viewer(other.people.curator));
    expect(await endMentorship({ mentorshipId, outcome: "COMPLETED", endedOn: today, reason: "" })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    await finalMeeting(other, mentorshipId, other.people.mentorB.userId);
    expect((await endMentorship({ mentorshipId, outcome: "COMPLETED", endedOn: today, reason: "" })).ok).toBe(true);
  });

  it("refuses a mentor of another pair, a mentee of another pair, a parent, and another school's curator", async () => {
    const { mentorshipId } = school.pairB;
    actAs(await school.viewer(school.people.mentorA));
    expect(await savePresentation(presentation(mentorshipId))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await saveReflection(reflection(mentorshipId))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(await school.viewer(school.people.menteeA));
    expect(await saveReflection(reflection(mentorshipId))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await savePresentation(presentation(mentorshipId))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await school.viewer(school.people.parentB));
    expect(await saveReflection(reflection(mentorshipId))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await school.viewer(school.people.mentorB));
    expect(await saveReflection(reflection(mentorshipId, "GROUP"))).toMatchObject({ ok: false, code: "INVALID" });
    for (const who of [school.people.mentorB, school.people.director, school.people.parentB]) {
      actAs(await school.viewer(who));
      expect(await completePair({ mentorshipId, endedOn: today })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    actAs(await other.viewer(other.people.curator));
    expect(await completePair({ mentorshipId, endedOn: today })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(await other.viewer(other.people.mentorA));
    expect(await savePresentation(presentation(mentorshipId))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("gives the completion board to the curator only, and logs the read of every name on it", async () => {
    for (const who of [school.people.mentorA, school.people.menteeA, school.people.parentA, school.people.director]) {
      await expect(loadCompletionBoard(await school.viewer(who))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const viewer = await school.viewer(school.people.curator);
    const board = await loadCompletionBoard(viewer);
    expect(board.pairs.length).toBeGreaterThan(0);
    const reads = await db().auditEntry.findMany({
      where: { action: "person.read", userId: viewer.userId, details: { path: ["what"], equals: "Завершение пар" } },
      select: { entityId: true },
    });
    expect(reads.map((r) => r.entityId)).toEqual(
      expect.arrayContaining([school.people.menteeA.personId, school.people.mentorA.personId]),
    );
  });

  it("shows a parent their under-14 child's reflection, and another child's parent nothing of the pair", async () => {
    const { mentorshipId } = school.pairA;
    const forParent = await getPairResults(await school.viewer(school.people.parentA), mentorshipId);
    expect(forParent.reflections.map((r) => r.achieved)).toEqual(["Стал увереннее"]);
    expect(forParent.presentation?.form).toBe("Проект");
    const forMentor = await getPairResults(await school.viewer(school.people.mentorA), mentorshipId);
    expect(forMentor.reflections).toHaveLength(2);
    await expect(getPairResults(await school.viewer(school.people.parentB), mentorshipId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getPairResults(await school.viewer(school.people.mentorB), mentorshipId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("launches the second stage of monitoring for the completed pairs through an ordinary campaign", async () => {
    await grantMentoringConsent(db(), school, school.people.menteeA.personId, school.people.parentA.personId, "PARENT");
    const template = await db().questionnaireTemplate.create({
      data: {
        schoolId: school.schoolId,
        purpose: "MONITORING",
        audience: "MENTEE",
        title: "Мониторинг наставляемых",
        questions: {
          create: [{ schoolId: school.schoolId, position: 1, type: "SCALE", text: "Успеваемость", scaleMin: 1, scaleMax: 5 }],
        },
      },
    });
    const dueOn = calendarDateValue(new Date(todayCalendarDate("Europe/Moscow").getTime() + 7 * 86_400_000));
    actAs(await school.viewer(school.people.director));
    expect(
      await launchSecondMonitoring({ templateId: template.id, dueOn, mentorshipIds: [school.pairA.mentorshipId] }),
    ).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    actAs(await school.viewer(school.people.curator));
    const launched = await launchSecondMonitoring({ templateId: template.id, dueOn, mentorshipIds: [school.pairA.mentorshipId] });
    expect(launched).toMatchObject({ ok: true, data: { created: 1 } });
    const campaign = await db().questionnaireCampaign.findFirstOrThrow({
      where: { schoolId: school.schoolId, templateId: template.id },
    });
    expect(campaign.monitoringPhase).toBe("AFTER");
    const responses = await db().questionnaireResponse.findMany({ where: { campaignId: campaign.id } });
    expect(responses.map((r) => r.subjectId)).toEqual([school.people.menteeA.personId]);
    expect(
      await launchSecondMonitoring({ templateId: template.id, dueOn, mentorshipIds: [other.pairA.mentorshipId] }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
