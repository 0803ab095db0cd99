import { beforeAll, describe, expect, it } from "vitest";
import { scanPairWork } from "@/lib/notifications/scans/scan-pair-work";
import { listPairHealth } from "@/lib/pair-health/list-pair-health";
import { grantMentoringConsent } from "../support/campaign-fixture";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
const db = () => database.db;
let school: SchoolFixture;
let other: SchoolFixture;

/** Nine in the morning, Moscow, on the given day: the injected clock. */
const at = (day: string) => new Date(`${day}T06:00:00.000Z`);
const date = (day: string) => new Date(`${day}T00:00:00.000Z`);

beforeAll(async () => {
  school = await createSchoolFixture(db(), "Здоровье");
  other = await createSchoolFixture(db(), "Чужое здоровье");
  // The order fixed pair A on 1 September; pair B has met recently in every scenario below.
  await db().mentorship.update({ where: { id: school.pairA.mentorshipId }, data: { startedOn: date("2026-09-01") } });
  await grantMentoringConsent(db(), school, school.people.menteeA.personId, school.people.parentA.personId, "PARENT");
});

const meet = (mentorshipId: string, menteeId: string, day: string, durationMinutes = 45) =>
  db().meeting.create({
    data: {
      schoolId: school.schoolId,
      mentorshipId,
      type: "REGULAR",
      heldOn: date(day),
      durationMinutes,
      topic: "Встреча",
      createdById: school.people.mentorA.userId,
      attendance: { create: { schoolId: school.schoolId, menteeId, attended: true } },
    },
  });

async function healthOfA(day: string) {
  const { rows } = await listPairHealth(await school.viewer(school.people.curator), { now: at(day) });
  return rows.find((r) => r.mentorshipId === school.pairA.mentorshipId)!;
}

const nudges = (userId: string) => db().notification.findMany({ where: { userId, kind: "PAIR_AT_RISK" } });

describe("pair health as days pass (injected clock)", () => {
  it("needs attention after the first-meeting threshold, is at risk after twice it, and is well again after a meeting", async () => {
    expect((await healthOfA("2026-09-10")).status).toBe("OK");
    const attention = await healthOfA("2026-09-16");
    expect(attention).toMatchObject({ status: "ATTENTION", reasons: [{ code: "NO_FIRST_MEETING", level: "ATTENTION" }] });
    expect(attention.reasons[0].text).toContain("15 дн.");
    expect((await healthOfA("2026-09-30")).status).toBe("RISK");

    await scanPairWork(db(), at("2026-09-30"));
    await scanPairWork(db(), at("2026-10-01"));
    const first = await nudges(school.people.mentorA.userId);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ href: `/mentor/pairs/${school.pairA.mentorshipId}` });
    expect(first[0].title).toContain("Ученикова");

    await meet(school.pairA.mentorshipId, school.pairA.menteeId, "2026-10-02");
    expect(await healthOfA("2026-10-02")).toMatchObject({ status: "OK", reasons: [], lastMeetingOn: date("2026-10-02") });
  });

  it("needs attention after 14 days without a meeting and is at risk after 28, nudging the mentor once per episode", async () => {
    expect((await healthOfA("2026-10-16")).status).toBe("OK");
    expect(await healthOfA("2026-10-17")).toMatchObject({
      status: "ATTENTION",
      reasons: [{ code: "NO_RECENT_MEETING", level: "ATTENTION" }],
    });
    expect((await healthOfA("2026-10-31")).status).toBe("RISK");
    for (const day of ["2026-10-31", "2026-11-01", "2026-11-02"]) await scanPairWork(db(), at(day));
    expect(await nudges(school.people.mentorA.userId)).toHaveLength(2);
    // The curator hears of it only once it has stayed at risk for a week.
    const aboutA = (n: { href: string }) => n.href === `/curator/pair-health/${school.pairA.mentorshipId}`;
    expect((await nudges(school.people.curator.userId)).filter(aboutA)).toHaveLength(0);
    for (const day of ["2026-11-06", "2026-11-07", "2026-11-08"]) await scanPairWork(db(), at(day));
    const curator = await nudges(school.people.curator.userId);
    expect(curator.filter(aboutA)).toHaveLength(1);
    // Pair B has never met since its order in 2024: at risk for long, the curator was told about it once too.
    expect(curator.filter((n) => n.href.endsWith(school.pairB.mentorshipId))).toHaveLength(1);
    expect(await nudges(school.people.mentorA.userId)).toHaveLength(2);
    // Another school's mentor is never told about this school's pair.
    const foreign = await nudges(other.people.mentorA.userId);
    expect(foreign.every((n) => !n.href.includes(school.pairA.mentorshipId))).toBe(true);
  });

  it("follows the school's own thresholds", async () => {
    await db().pairHealthSettings.create({ data: { schoolId: school.schoolId, attentionDays: 3, riskDays: 5 } });
    await meet(school.pairA.mentorshipId, school.pairA.menteeId, "2026-11-10");
    expect((await healthOfA("2026-11-13")).status).toBe("OK");
    expect((await healthOfA("2026-11-14")).status).toBe("ATTENTION");
    expect((await healthOfA("2026-11-16")).status).toBe("RISK");
    await db().pairHealthSettings.delete({ where: { schoolId: school.schoolId } });
  });
});

describe("the feedback questionnaire after a meeting", () => {
  it("is offered to the mentee who attended, at most once a week per pair, and low answers make the pair need attention", async () => {
    await meet(school.pairA.mentorshipId, school.pairA.menteeId, "2026-11-20");
    await scanPairWork(db(), at("2026-11-20"));
    await meet(school.pairA.mentorshipId, school.pairA.menteeId, "2026-11-23");
    await scanPairWork(db(), at("2026-11-23"));
    const offered = await db().meetingFeedbackRequest.findMany({
      where: { mentorshipId: school.pairA.mentorshipId },
      include: { response: { include: { template: { include: { questions: true } } } } },
    });
    expect(offered).toHaveLength(1);
    const response = offered[0].response;
    expect(response).toMatchObject({
      respondentId: school.people.menteeA.userId,
      subjectId: school.people.menteeA.personId,
      status: "PENDING",
      dueOn: date("2026-11-27"),
    });
    expect(response.template).toMatchObject({ purpose: "MEETING_FEEDBACK", builtInKey: "meeting-feedback" });
    const told = await db().notification.findMany({
      where: { userId: school.people.menteeA.userId, kind: "QUESTIONNAIRE_ASSIGNED" },
    });
    expect(told.map((n) => n.href)).toEqual([`/questionnaires/${response.id}`]);
    // Pair B's mentee has no consent: nothing is sent to him.
    await meet(school.pairB.mentorshipId, school.pairB.menteeId, "2026-11-23");
    await scanPairWork(db(), at("2026-11-24"));
    expect(await db().meetingFeedbackRequest.count({ where: { mentorshipId: school.pairB.mentorshipId } })).toBe(0);

    // A week later, the next meeting is asked about again.
    await scanPairWork(db(), at("2026-11-28"));
    expect(await db().meetingFeedbackRequest.count({ where: { mentorshipId: school.pairA.mentorshipId } })).toBe(2);

    // Answered with the lowest marks: the pair needs attention; the overdue second questionnaire is a reason too.
    const scales = response.template.questions.filter((q) => q.type === "SCALE");
    await db().questionnaireResponse.update({
      where: { id: response.id },
      data: {
        status: "SUBMITTED",
        submittedAt: at("2026-11-24"),
        answers: { create: scales.map((q) => ({ schoolId: school.schoolId, questionId: q.id, numberValue: 1 })) },
      },
    });
    const health = await healthOfA("2026-12-06");
    expect(health.reasons.map((r) => r.code).sort()).toEqual(["LOW_FEEDBACK", "OVERDUE_QUESTIONNAIRE"]);
    expect(health.status).toBe("ATTENTION");
  });
});

describe("who sees pair health", () => {
  it("a mentor sees only their own pairs; a mentee, a parent and the director are refused", async () => {
    const { rows } = await listPairHealth(await school.viewer(school.people.mentorB), { now: at("2026-11-24") });
    expect(rows.map((r) => r.mentorshipId)).toEqual([school.pairB.mentorshipId]);
    for (const who of [school.people.menteeA, school.people.parentA, school.people.director]) {
      await expect(listPairHealth(await school.viewer(who))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // The mentor's own view is for mentors: a curator who does not mentor gets none of it.
    await expect(listPairHealth(await school.viewer(school.people.curator), { own: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const foreign = await listPairHealth(await other.viewer(other.people.curator));
    expect(foreign.rows.map((r) => r.mentorshipId).sort()).toEqual([other.pairA.mentorshipId, other.pairB.mentorshipId].sort());
  });
});

describe("the pair's individual plan", () => {
  it("needs attention when the plan has no open task left, and is well again once one is added", async () => {
    const pair = other.pairA;
    const { schoolId } = other;
    await db().meeting.create({
      data: {
        schoolId,
        mentorshipId: pair.mentorshipId,
        type: "REGULAR",
        heldOn: date("2026-11-20"),
        durationMinutes: 40,
        topic: "Встреча",
        createdById: other.people.mentorA.userId,
      },
    });
    const plan = await db().individualPlan.create({
      data: {
        schoolId,
        mentorshipId: pair.mentorshipId,
        planKey: pair.mentorshipId,
        goals: {
          create: {
            schoolId,
            position: 0,
            title: "Цель",
            tasks: { create: { schoolId, position: 0, title: "Сделано", status: "DONE" } },
          },
        },
      },
      select: { goals: { select: { id: true } } },
    });
    const healthOf = async () =>
      (await listPairHealth(await other.viewer(other.people.curator), { now: at("2026-11-24") })).rows.find(
        (r) => r.mentorshipId === pair.mentorshipId,
      )!;
    expect(await healthOf()).toMatchObject({ status: "ATTENTION", reasons: [{ code: "NO_OPEN_TASK" }] });
    await db().planTask.create({ data: { schoolId, goalId: plan.goals[0].id, position: 1, title: "Следующий шаг" } });
    expect((await healthOf()).status).toBe("OK");
  });
});
