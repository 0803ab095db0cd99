import JSZip from "jszip";
import ical, { type VEvent } from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/calendar-feed-actions";
import { meetingIcs } from "@/lib/calendar/meeting-ics";
import { readCalendarFeed } from "@/lib/calendar/read-calendar-feed";
import { closePlannedMeeting } from "@/lib/mentorships/close-planned-meeting";
import { listPlannedMeetings } from "@/lib/mentorships/list-planned-meetings";
import { logMeeting, logMeetingForMentor } from "@/lib/mentorships/log-meeting";
import { planMeeting } from "@/lib/mentorships/plan-meeting";
import { decidePlanProposal } from "@/lib/plans/decide-plan-proposal";
import { getPairPlans } from "@/lib/plans/get-pair-plans";
import { planDocument } from "@/lib/plans/plan-document";
import { planDocx } from "@/lib/plans/plan-docx";
import { planPdf } from "@/lib/plans/plan-pdf";
import { proposePlanChange } from "@/lib/plans/propose-plan-change";
import { savePlan } from "@/lib/plans/save-plan";
import { zonedInstant } from "@/lib/format/date";
import { addDays, dayKey, schoolDays } from "@/lib/notifications/scans/scan-context";
import { scanMeetingsTomorrow } from "@/lib/notifications/scans/scan-meetings-tomorrow";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Планы");
  other = await createSchoolFixture(database.db, "Чужая");
});

const as = async (fixture: SchoolFixture, who: keyof SchoolFixture["people"]) => actAs(await fixture.viewer(fixture.people[who]));
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);

const planInput = (fixture: SchoolFixture, version = 0) => ({
  mentorshipId: fixture.pairA.mentorshipId,
  menteeId: "",
  version,
  goals: [
    {
      title: "Подтянуть алгебру",
      parameter: "AVERAGE_GRADE" as const,
      targetValue: 4.5,
      tasks: [
        { title: "Решить 20 задач", dueOn: inDays(10), status: "DONE" as const },
        { title: "Написать пробную работу", dueOn: inDays(20), status: "OPEN" as const },
      ],
    },
    { title: "Выбрать кружок", tasks: [{ title: "Сходить на два занятия", dueOn: "", status: "OPEN" as const }] },
  ],
});

const meetingInput = (fixture: SchoolFixture, overrides: Record<string, unknown> = {}) => ({
  mentorshipId: fixture.pairA.mentorshipId,
  type: "ACQUAINTANCE" as const,
  date: inDays(3),
  time: "15:30",
  durationMinutes: 45,
  place: "Кабинет 12",
  link: "",
  topic: "Знакомство",
  ...overrides,
});

function parse(text: string) {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");
}

describe("the individual plan", () => {
  it("the mentor saves a plan with two goals; progress counts done tasks; every save is a version", async () => {
    await as(school, "mentorA");
    expect(await savePlan(planInput(school))).toMatchObject({ ok: true, data: { version: 1 } });
    const second = await savePlan(planInput(school, 1));
    expect(second).toMatchObject({ ok: true, data: { version: 2 } });
    // A save over a version saved since is refused.
    expect(await savePlan(planInput(school, 1))).toMatchObject({ ok: false, code: "CONFLICT" });
    const view = await getPairPlans(await school.viewer(school.people.mentorA), school.pairA.mentorshipId);
    expect(view.plans).toHaveLength(1);
    expect(view.plans[0].goals.map((g) => g.title)).toEqual(["Подтянуть алгебру", "Выбрать кружок"]);
    expect(view.plans[0].progress).toEqual({ done: 1, total: 3, percent: 33 });
    expect(view.plans[0].versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it("refuses a target parameter without a value, next to the field, and a request of another mentee", async () => {
    await as(school, "mentorA");
    const input = planInput(school, 2);
    input.goals[0].targetValue = undefined as unknown as number;
    expect(await savePlan(input)).toMatchObject({ ok: false, fieldErrors: { "goals.0.targetValue": [expect.any(String)] } });
    const foreign = await database.db.menteeRequest.create({
      data: { schoolId: school.schoolId, menteeId: school.pairB.menteeId, kind: "ADAPTATION", source: "PERSONAL_FILE" },
    });
    const withRequest = planInput(school, 2) as ReturnType<typeof planInput> & { goals: { requestId?: string }[] };
    withRequest.goals[0].requestId = foreign.id;
    expect(await savePlan(withRequest)).toMatchObject({ ok: false, fieldErrors: { "goals.0.requestId": [expect.any(String)] } });
  });

  it("refuses the plan to a mentor of another pair, to a mentee, and across schools", async () => {
    await as(school, "mentorB");
    expect(await savePlan(planInput(school, 2))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await as(school, "menteeA");
    expect(await savePlan(planInput(school, 2))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await as(other, "mentorA");
    expect(await savePlan(planInput(school, 2))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(getPairPlans(await school.viewer(school.people.parentB), school.pairA.mentorshipId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getPairPlans(await other.viewer(other.people.curator), school.pairA.mentorshipId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // The curator, the mentee and the mentee's parent read it.
    for (const who of ["curator", "menteeA", "parentA"] as const) {
      const view = await getPairPlans(await school.viewer(school.people[who]), school.pairA.mentorshipId);
      expect(view.plans[0].goals).toHaveLength(2);
    }
  });

  it("the mentee proposes a task; the mentor is notified and accepts it into a new version", async () => {
    const plan = await database.db.individualPlan.findFirstOrThrow({ where: { mentorshipId: school.pairA.mentorshipId } });
    const goal = await database.db.planGoal.findFirstOrThrow({ where: { planId: plan.id, position: 1 } });
    await as(school, "menteeA");
    const proposed = await proposePlanChange({ planId: plan.id, goalId: goal.id, title: "Попробовать шахматы", dueOn: "" });
    expect(proposed).toMatchObject({ ok: true });
    const note = await database.db.notification.findFirst({
      where: { userId: school.people.mentorA.userId, kind: "PLAN_CHANGE_PROPOSED" },
    });
    expect(note?.title).toContain("Попробовать шахматы");
    const proposalId = proposed.ok ? proposed.data.id : "";
    // Not the mentee's own to decide, nor another mentor's, nor another pair's mentee's to propose.
    expect(await decidePlanProposal({ proposalId, accept: true })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await as(school, "mentorB");
    expect(await decidePlanProposal({ proposalId, accept: true })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await as(school, "menteeB");
    expect(await proposePlanChange({ planId: plan.id, title: "Чужое предложение" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    // Another child's parent (a parent's own proposals: tests/integration/pair-work-remainders.test.ts).
    await as(school, "parentB");
    expect(await proposePlanChange({ planId: plan.id, title: "От родителя" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await as(other, "menteeA");
    expect(await proposePlanChange({ planId: plan.id, title: "Из другой школы" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });

    await as(school, "mentorA");
    expect(await decidePlanProposal({ proposalId, accept: true })).toMatchObject({ ok: true });
    expect(await decidePlanProposal({ proposalId, accept: false })).toMatchObject({ ok: false, code: "CONFLICT" });
    const view = await getPairPlans(await school.viewer(school.people.menteeA), school.pairA.mentorshipId);
    expect(view.plans[0].version).toBe(3);
    expect(view.plans[0].goals[1].tasks.map((t) => t.title)).toEqual(["Сходить на два занятия", "Попробовать шахматы"]);
    expect(view.plans[0].proposals[0].status).toBe("ACCEPTED");
  });
});

describe("the plan as a document", () => {
  it("DOCX and PDF carry the goals and tasks as the viewer reads them", async () => {
    const pair = await getPairPlans(await school.viewer(school.people.parentA), school.pairA.mentorshipId);
    const doc = planDocument(pair);
    const zip = await JSZip.loadAsync(await planDocx(doc));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Подтянуть алгебру");
    expect(xml).toContain("Решить 20 задач");
    const pdf = await planPdf(doc);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});

describe("planned and logged meetings", () => {
  it("the mentor plans a meeting; mentee and parent are notified and see it; others do not", async () => {
    await as(school, "mentorA");
    const result = await planMeeting(meetingInput(school));
    expect(result).toMatchObject({ ok: true });
    const kinds = await database.db.notification.findMany({
      where: { schoolId: school.schoolId, kind: "MEETING_SCHEDULED" },
      select: { userId: true, title: true },
    });
    expect(kinds.map((k) => k.userId).sort()).toEqual([school.people.menteeA.userId, school.people.parentA.userId].sort());
    for (const who of ["menteeA", "parentA", "curator"] as const) {
      expect(await listPlannedMeetings(await school.viewer(school.people[who]))).toHaveLength(1);
    }
    for (const who of ["menteeB", "parentB", "mentorB"] as const) {
      expect(await listPlannedMeetings(await school.viewer(school.people[who]))).toHaveLength(0);
    }
    expect(await listPlannedMeetings(await other.viewer(other.people.curator))).toHaveLength(0);
  });

  it("warns about a type out of the model's order and saves it when confirmed; refuses a past time and another's pair", async () => {
    await as(school, "mentorA");
    const warned = await planMeeting(meetingInput(school, { type: "REGULAR", date: inDays(10) }));
    expect(warned).toMatchObject({ ok: false, code: "CONFLICT", details: { needsConfirmation: true } });
    expect(await planMeeting(meetingInput(school, { type: "REGULAR", date: inDays(10), confirmed: true }))).toMatchObject({
      ok: true,
    });
    expect(await planMeeting(meetingInput(school, { date: "2020-01-01" }))).toMatchObject({
      ok: false,
      fieldErrors: { date: [expect.any(String)] },
    });
    expect(await planMeeting(meetingInput(school, { place: "", link: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { place: [expect.any(String)] },
    });
    await as(school, "mentorB");
    expect(await planMeeting(meetingInput(school))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await as(school, "parentA");
    expect(await planMeeting(meetingInput(school))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await as(other, "mentorA");
    expect(await planMeeting(meetingInput(school))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("logging the planned meeting marks it held with next steps; the curator logs on the mentor's behalf, marked", async () => {
    const planned = await database.db.plannedMeeting.findFirstOrThrow({
      where: { mentorshipId: school.pairA.mentorshipId, type: "ACQUAINTANCE" },
    });
    await as(school, "mentorA");
    const today = new Date().toISOString().slice(0, 10);
    const logged = await logMeeting({
      mentorshipId: school.pairA.mentorshipId,
      type: "ACQUAINTANCE",
      heldOn: today,
      durationMinutes: 45,
      topic: "Знакомство",
      nextSteps: "Составить план",
      attendeeIds: [school.pairA.menteeId],
      plannedMeetingId: planned.id,
    });
    expect(logged).toMatchObject({ ok: true, data: { warnings: [] } });
    const after = await database.db.plannedMeeting.findUniqueOrThrow({ where: { id: planned.id }, include: { meeting: true } });
    expect(after.status).toBe("HELD");
    expect(after.meeting?.nextSteps).toBe("Составить план");

    const onBehalf = {
      mentorshipId: school.pairB.mentorshipId,
      type: "TRIAL" as const,
      heldOn: today,
      durationMinutes: 30,
      topic: "Пробная встреча",
      attendeeIds: [school.pairB.menteeId],
    };
    // Out of order (no acquaintance yet): saved, with a warning.
    await as(school, "curator");
    const byCurator = await logMeetingForMentor(onBehalf);
    expect(byCurator).toMatchObject({ ok: true, data: { warnings: [expect.stringContaining("Встреча-знакомство")] } });
    const meeting = await database.db.meeting.findFirstOrThrow({ where: { id: byCurator.ok ? byCurator.data.id : "" } });
    expect(meeting.loggedByCurator).toBe(true);
    // Neither a mentor nor another school's curator logs on another's behalf.
    await as(school, "mentorA");
    expect(await logMeetingForMentor(onBehalf)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await as(other, "curator");
    expect(await logMeetingForMentor(onBehalf)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("cancelling tells the mentee and parent; another mentor cannot cancel", async () => {
    const planned = await database.db.plannedMeeting.findFirstOrThrow({
      where: { mentorshipId: school.pairA.mentorshipId, status: "PLANNED" },
    });
    await as(school, "mentorB");
    const close = { plannedMeetingId: planned.id, status: "CANCELLED" as const, reason: "Болезнь" };
    expect(await closePlannedMeeting(close)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await as(school, "mentorA");
    expect(await closePlannedMeeting(close)).toMatchObject({ ok: true });
    expect(await closePlannedMeeting(close)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await database.db.notification.count({ where: { schoolId: school.schoolId, kind: "MEETING_CHANGED" } })).toBe(2);
  });
});

describe("the calendar feed", () => {
  it("parses, holds exactly the subscriber's events without a child's surname, and stops after revoke", async () => {
    await as(school, "mentorA");
    expect(
      await planMeeting(meetingInput(school, { type: "PLANNING", topic: "План на четверть", confirmed: true })),
    ).toMatchObject({
      ok: true,
    });
    await as(school, "mentorB");
    expect(
      await planMeeting(
        meetingInput(school, { mentorshipId: school.pairB.mentorshipId, topic: "Чужая встреча", confirmed: true }),
      ),
    ).toMatchObject({ ok: true });

    await as(school, "parentA");
    const created = await createCalendarFeed({});
    expect(created.ok).toBe(true);
    const token = created.ok ? created.data.token : "";
    const text = await readCalendarFeed(database.db, token);
    expect(text).not.toBeNull();
    const events = parse(text!);
    const summaries = events.map((e) => String(e.summary));
    // Pair A's meetings (the cancelled one marked so) and plan A's open deadlines; nothing of pair B.
    expect(summaries.some((s) => s.includes("План на четверть"))).toBe(true);
    expect(summaries.some((s) => s.includes("Написать пробную работу"))).toBe(true);
    expect(summaries.some((s) => s.includes("Чужая"))).toBe(false);
    expect(events.find((e) => String(e.summary).includes("Регулярная") || e.status === "CANCELLED")?.status).toBe("CANCELLED");
    const pairA = await database.db.plannedMeeting.count({
      where: { mentorshipId: school.pairA.mentorshipId, status: { in: ["PLANNED", "CANCELLED"] } },
    });
    const deadlines = await database.db.planTask.count({
      where: { goal: { plan: { mentorshipId: school.pairA.mentorshipId } }, status: "OPEN", dueOn: { not: null } },
    });
    expect(events).toHaveLength(pairA + deadlines);
    for (const summary of summaries) {
      expect(summary).not.toContain("Ученикова");
      expect(summary).not.toContain("Школьников");
    }
    const planning = events.find((e) => String(e.summary).includes("План на четверть"))!;
    const expected = new Date(`${inDays(3)}T15:30:00+03:00`);
    expect(new Date(planning.start).getTime()).toBe(expected.getTime());

    // A new link replaces the old; a revoked one answers nothing.
    const again = await createCalendarFeed({});
    expect(await readCalendarFeed(database.db, token)).toBeNull();
    const second = again.ok ? again.data.token : "";
    expect(await readCalendarFeed(database.db, second)).not.toBeNull();
    expect(await revokeCalendarFeed({})).toMatchObject({ ok: true });
    expect(await readCalendarFeed(database.db, second)).toBeNull();
    expect(await readCalendarFeed(database.db, "not-a-real-token-at-all-0000")).toBeNull();
  });

  it("one meeting's .ics for those taking part only", async () => {
    const planned = await database.db.plannedMeeting.findFirstOrThrow({
      where: { mentorshipId: school.pairA.mentorshipId, status: "PLANNED" },
    });
    const text = await meetingIcs(await school.viewer(school.people.menteeA), planned.id);
    expect(parse(text)).toHaveLength(1);
    for (const [fixture, who] of [
      [school, "menteeB"],
      [school, "parentB"],
      [school, "mentorB"],
      [other, "menteeA"],
    ] as const) {
      await expect(meetingIcs(await fixture.viewer(fixture.people[who]), planned.id)).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });
});

describe("the day before a planned meeting", () => {
  it("tells the mentor, the mentee and the parent once, the day before only", async () => {
    const now = new Date();
    const day = (await schoolDays(database.db, now)).find((d) => d.schoolId === school.schoolId)!;
    const planned = await database.db.plannedMeeting.create({
      data: {
        schoolId: school.schoolId,
        mentorshipId: school.pairB.mentorshipId,
        type: "REGULAR",
        startsAt: zonedInstant(dayKey(addDays(day.today, 1)), "12:00", day.timeZone),
        durationMinutes: 30,
        place: "Библиотека",
        topic: "Завтрашняя встреча",
      },
    });
    const told = () =>
      database.db.notification.findMany({ where: { kind: "MEETING_TOMORROW", dedupeKey: `meeting-tomorrow:${planned.id}` } });
    // Two days before: nothing yet.
    expect(await scanMeetingsTomorrow(database.db, { ...day, today: addDays(day.today, -1) })).toBe(0);
    expect(await scanMeetingsTomorrow(database.db, day)).toBe(3);
    expect(await scanMeetingsTomorrow(database.db, day)).toBe(0);
    const users = (await told()).map((n) => n.userId).sort();
    expect(users).toEqual([school.people.mentorB.userId, school.people.menteeB.userId, school.people.parentB.userId].sort());
    expect((await told()).find((n) => n.userId === school.people.parentB.userId)?.title).toBe(
      "Тест: завтра в 12:00 встреча с наставником",
    );
  });
});
