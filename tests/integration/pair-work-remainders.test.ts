import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ical, { type VEvent } from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { resetAccountPassword } from "@/lib/accounts/reset-account-password";
import { setAccountActive } from "@/lib/accounts/set-account-active";
import { getAchievementEvidence } from "@/lib/achievements/get-achievement-evidence";
import { listFamilyAchievements } from "@/lib/achievements/list-family-achievements";
import { recordAchievement } from "@/lib/achievements/record-achievement";
import { summariseAchievements } from "@/lib/achievements/summarise-achievements";
import { hashPassword } from "@/lib/auth/password";
import { createCalendarFeed } from "@/lib/calendar/calendar-feed-actions";
import { meetingIcs } from "@/lib/calendar/meeting-ics";
import { readCalendarFeed } from "@/lib/calendar/read-calendar-feed";
import { setDb } from "@/lib/db/client";
import { zonedInstant } from "@/lib/format/date";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { closePlannedMeeting } from "@/lib/mentorships/close-planned-meeting";
import { editPlannedMeeting } from "@/lib/mentorships/edit-planned-meeting";
import { planMeeting } from "@/lib/mentorships/plan-meeting";
import { decidePlanProposal } from "@/lib/plans/decide-plan-proposal";
import { getPairPlans } from "@/lib/plans/get-pair-plans";
import { proposePlanChange } from "@/lib/plans/propose-plan-change";
import { savePlan } from "@/lib/plans/save-plan";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

// Issue 13's remainders: what mentees and parents see, editing planned meetings, a parent's proposals, plan rows that
// keep their ids, simultaneous first saves, feeds ended with the sessions, distinct monitoring counts, the curator's .ics.
const database = useTestDatabase();
const db = () => database.db;
let school: SchoolFixture;
let other: SchoolFixture;

beforeAll(async () => {
  process.env.FILES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "nst-pair-work-"));
  school = await createSchoolFixture(db(), "Остатки");
  other = await createSchoolFixture(db(), "Чужая школа");
});

const as = async (fixture: SchoolFixture, who: keyof SchoolFixture["people"]) => actAs(await fixture.viewer(fixture.people[who]));
const viewerOf = (fixture: SchoolFixture, who: keyof SchoolFixture["people"]) => fixture.viewer(fixture.people[who]);
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
const parse = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");

function achievement(fixture: SchoolFixture, pair: "pairA" | "pairB", fields: Record<string, string> = {}, file?: File) {
  const form = new FormData();
  const values = {
    mentorshipId: fixture[pair].mentorshipId,
    menteeId: fixture[pair].menteeId,
    kind: "OLYMPIAD",
    title: "Муниципальный этап олимпиады по физике",
    level: "MUNICIPAL",
    result: "WINNER",
    achievedOn: "2026-11-10",
    ...fields,
  };
  for (const [key, value] of Object.entries(values)) form.set(key, value);
  if (file) form.set("file", file);
  return recordAchievement(form);
}

const pdf = Buffer.from("%PDF-1.4\n% диплом победителя\n");

describe("1. mentees and parents see the pair's achievements", () => {
  it("the mentee their own, the parent their own child's with the evidence file; nobody else's", async () => {
    await as(school, "mentorA");
    expect(await achievement(school, "pairA", {}, new File([new Uint8Array(pdf)], "диплом.pdf"))).toMatchObject({ ok: true });
    await as(school, "mentorB");
    expect(await achievement(school, "pairB", { title: "Конкурс чтецов" })).toMatchObject({ ok: true });

    for (const who of ["menteeA", "parentA"] as const) {
      const list = await listFamilyAchievements(await viewerOf(school, who), school.pairA.mentorshipId);
      expect(list).toMatchObject([
        { title: "Муниципальный этап олимпиады по физике", level: "MUNICIPAL", result: "WINNER", evidenceFileName: "диплом.pdf" },
      ]);
      const file = await getAchievementEvidence(await viewerOf(school, who), list[0].id);
      expect(Buffer.from(file.bytes).equals(pdf)).toBe(true);
    }
    const [first] = await listFamilyAchievements(await viewerOf(school, "menteeA"), school.pairA.mentorshipId);
    // Another child, another child's parent, another school: nothing, and no file.
    for (const [fixture, who] of [
      [school, "menteeB"],
      [school, "parentB"],
      [other, "menteeA"],
      [other, "parentA"],
    ] as const) {
      expect(await listFamilyAchievements(await viewerOf(fixture, who), school.pairA.mentorshipId)).toEqual([]);
      await expect(getAchievementEvidence(await viewerOf(fixture, who), first.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // A parent asking for one child's list gets no one else's.
    expect(
      await listFamilyAchievements(await viewerOf(school, "parentA"), school.pairA.mentorshipId, school.pairB.menteeId),
    ).toEqual([]);
    // Staff read them on the pair, not through this list.
    await expect(listFamilyAchievements(await viewerOf(school, "mentorA"), school.pairA.mentorshipId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("7. monitoring counts distinct mentees", () => {
  it("a mentee who moved to another pair and won in both is one mentee of the share", async () => {
    const mentorProfile = await db().mentorProfile.findFirstOrThrow({
      where: { schoolId: school.schoolId, mentorships: { some: { id: school.pairB.mentorshipId } } },
    });
    // Mentee A's earlier pair with mentor B, completed, with an olympiad of its own.
    const earlier = await db().mentorship.create({
      data: {
        schoolId: school.schoolId,
        programmeId: school.programme.id,
        mentorId: mentorProfile.id,
        form: "TEACHER_PUPIL",
        format: "INDIVIDUAL",
        status: "COMPLETED",
        startedOn: new Date(Date.UTC(2023, 8, 1)),
        mentees: { create: { schoolId: school.schoolId, menteeId: school.pairA.menteeId } },
      },
    });
    await db().achievement.create({
      data: {
        schoolId: school.schoolId,
        mentorshipId: earlier.id,
        menteeId: school.pairA.menteeId,
        kind: "COMPETITION",
        title: "Конкурс проектов",
        level: "SCHOOL",
        result: "PARTICIPANT",
        achievedOn: new Date(Date.UTC(2024, 2, 1)),
      },
    });
    const summary = await summariseAchievements(await viewerOf(school, "director"), school.programme.id);
    // Mentees A and B: two people in three pairs; both took part in contests.
    expect(summary.menteesInPairs).toBe(2);
    expect(summary.contests.mentees).toBe(2);
    await db().achievement.deleteMany({ where: { mentorshipId: earlier.id } });
    await db().mentorship.delete({ where: { id: earlier.id } });
  });
});

const planInput = (fixture: SchoolFixture, pair: "pairA" | "pairB", version = 0) => ({
  mentorshipId: fixture[pair].mentorshipId,
  menteeId: "",
  version,
  goals: [
    {
      title: "Подтянуть алгебру",
      tasks: [{ title: "Решить 20 задач", dueOn: inDays(10), status: "OPEN" as const }],
    },
    { title: "Выбрать кружок", tasks: [{ title: "Сходить на два занятия", dueOn: "", status: "OPEN" as const }] },
  ],
});

/** The plan as the editor sends it back: every goal and task with its id. */
async function savedPlanInput(fixture: SchoolFixture, pair: "pairA" | "pairB") {
  const plan = await db().individualPlan.findFirstOrThrow({
    where: { mentorshipId: fixture[pair].mentorshipId, menteeId: null },
    include: { goals: { orderBy: { position: "asc" }, include: { tasks: { orderBy: { position: "asc" } } } } },
  });
  return {
    mentorshipId: fixture[pair].mentorshipId,
    menteeId: "",
    version: plan.version,
    goals: plan.goals.map((g) => ({
      id: g.id,
      title: g.title,
      tasks: g.tasks.map((t) => ({
        id: t.id,
        title: t.title,
        dueOn: t.dueOn ? t.dueOn.toISOString().slice(0, 10) : "",
        status: t.status,
      })),
    })),
  };
}

describe("4. a plan save keeps its goals' and tasks' ids", () => {
  it("a proposal under a goal, accepted after the mentor re-saved the plan, joins that goal with its due date", async () => {
    await as(school, "mentorA");
    expect(await savePlan(planInput(school, "pairA"))).toMatchObject({ ok: true, data: { version: 1 } });
    const before = await savedPlanInput(school, "pairA");
    const [algebra, club] = before.goals;

    await as(school, "menteeA");
    const plan = await db().individualPlan.findFirstOrThrow({ where: { mentorshipId: school.pairA.mentorshipId } });
    const proposed = await proposePlanChange({
      planId: plan.id,
      goalId: club.id,
      title: "Попробовать шахматы",
      dueOn: inDays(30),
    });
    expect(proposed).toMatchObject({ ok: true });

    // The mentor edits and re-saves: a task changes, one is added, the goals stay.
    await as(school, "mentorA");
    const edited = structuredClone(before);
    edited.goals[0].tasks[0].status = "DONE";
    edited.goals[0].tasks.push({ id: "", title: "Пробная работа", dueOn: "", status: "OPEN" });
    expect(await savePlan(edited)).toMatchObject({ ok: true, data: { version: 2 } });
    const after = await savedPlanInput(school, "pairA");
    expect(after.goals.map((g) => g.id)).toEqual([algebra.id, club.id]);
    expect(after.goals[0].tasks[0]).toMatchObject({ id: algebra.tasks[0].id, status: "DONE" });
    expect(after.goals[0].tasks.map((t) => t.title)).toEqual(["Решить 20 задач", "Пробная работа"]);

    expect(await decidePlanProposal({ proposalId: proposed.ok ? proposed.data.id : "", accept: true })).toMatchObject({
      ok: true,
    });
    const accepted = await savedPlanInput(school, "pairA");
    expect(accepted.version).toBe(3);
    expect(accepted.goals).toHaveLength(2);
    expect(accepted.goals[1].id).toBe(club.id);
    expect(accepted.goals[1].tasks.map((t) => [t.title, t.dueOn])).toEqual([
      ["Сходить на два занятия", ""],
      ["Попробовать шахматы", inDays(30)],
    ]);
  });

  it("a removed goal goes with its tasks; a new goal proposed with a due date keeps it as its task", async () => {
    await as(school, "mentorA");
    const input = await savedPlanInput(school, "pairA");
    input.goals = [input.goals[1]];
    expect(await savePlan(input)).toMatchObject({ ok: true });
    const plan = await db().individualPlan.findFirstOrThrow({ where: { mentorshipId: school.pairA.mentorshipId } });
    expect(await db().planGoal.count({ where: { planId: plan.id } })).toBe(1);
    expect(await db().planTask.count({ where: { goal: { planId: plan.id } } })).toBe(2);

    await as(school, "menteeA");
    const proposed = await proposePlanChange({ planId: plan.id, title: "Подготовиться к олимпиаде", dueOn: inDays(40) });
    await as(school, "mentorA");
    expect(await decidePlanProposal({ proposalId: proposed.ok ? proposed.data.id : "", accept: true })).toMatchObject({
      ok: true,
    });
    const goals = (await savedPlanInput(school, "pairA")).goals;
    expect(goals[1]).toMatchObject({
      title: "Подготовиться к олимпиаде",
      tasks: [{ title: "Подготовиться к олимпиаде", dueOn: inDays(40) }],
    });
    // An id from another plan counts as a new row: nothing of that plan is touched.
    const foreign = structuredClone(await savedPlanInput(school, "pairA"));
    await as(school, "mentorB");
    expect(await savePlan(planInput(school, "pairB"))).toMatchObject({ ok: true });
    const pairB = await savedPlanInput(school, "pairB");
    pairB.goals[0].id = foreign.goals[0].id;
    expect(await savePlan(pairB)).toMatchObject({ ok: true });
    expect((await savedPlanInput(school, "pairA")).goals.map((g) => g.id)).toEqual(foreign.goals.map((g) => g.id));
  });
});

/** The app's database with something done inside the save's transaction right after it read the plan: what a save in
 * another tab that commits at that moment leaves behind. */
function withSaveInBetween(meanwhile: (tx: Prisma.TransactionClient) => Promise<void>): PrismaClient {
  const real = database.db;
  const bind = <T extends object>(target: T, key: string | symbol) => {
    const value = Reflect.get(target, key);
    return typeof value === "function" ? value.bind(target) : value;
  };
  return new Proxy(real, {
    get(target, key) {
      if (key !== "$transaction") return bind(target, key);
      return (work: (tx: Prisma.TransactionClient) => Promise<unknown>, options?: unknown) =>
        target.$transaction(
          (tx) =>
            work(
              new Proxy(tx, {
                get(t, k) {
                  if (k !== "individualPlan") return bind(t, k);
                  return new Proxy(t.individualPlan, {
                    get(model, method) {
                      if (method !== "findFirst") return bind(model, method);
                      return async (args: Prisma.IndividualPlanFindFirstArgs) => {
                        const found = await model.findFirst(args);
                        await meanwhile(t);
                        return found;
                      };
                    },
                  });
                },
              }),
            ),
          options as never,
        );
    },
  });
}

describe("5. simultaneous plan saves", () => {
  it("a first save that meets another first save answers CONFLICT with a clear message, not an internal error", async () => {
    const mentee = await db().menteeProfile.create({
      data: { schoolId: school.schoolId, personId: school.people.parentB.personId, kind: "PUPIL" },
    });
    // A second mentee makes pair B a group: its mentee's own plan is a first save again.
    await db().mentorshipMentee.create({
      data: { schoolId: school.schoolId, mentorshipId: school.pairB.mentorshipId, menteeId: mentee.id },
    });
    const input = { ...planInput(school, "pairB"), menteeId: mentee.id };
    const planKey = `${school.pairB.mentorshipId}:${mentee.id}`;
    await as(school, "mentorB");
    setDb(
      withSaveInBetween(async (tx) => {
        if (await tx.individualPlan.count({ where: { planKey } })) return;
        await tx.individualPlan.create({
          data: { schoolId: school.schoolId, mentorshipId: school.pairB.mentorshipId, menteeId: mentee.id, planKey },
        });
      }),
    );
    try {
      const result = await savePlan(input);
      expect(result).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("только что сохранили") });
    } finally {
      setDb(database.db);
    }
    await db().mentorshipMentee.deleteMany({ where: { menteeId: mentee.id } });
    await db().individualPlan.deleteMany({ where: { planKey } });
    await db().menteeProfile.delete({ where: { id: mentee.id } });
  });

  it("a save whose version another save took at that moment answers CONFLICT too", async () => {
    await as(school, "mentorB");
    if (!(await db().individualPlan.count({ where: { mentorshipId: school.pairB.mentorshipId, menteeId: null } }))) {
      await savePlan(planInput(school, "pairB"));
    }
    const input = await savedPlanInput(school, "pairB");
    setDb(
      withSaveInBetween(async (tx) => {
        await tx.individualPlan.updateMany({
          where: { mentorshipId: school.pairB.mentorshipId, menteeId: null, version: input.version },
          data: { version: { increment: 1 } },
        });
      }),
    );
    try {
      expect(await savePlan(input)).toMatchObject({ ok: false, code: "CONFLICT" });
    } finally {
      setDb(database.db);
    }
  });

  it("two first saves at once: one is saved, the other is told so", async () => {
    await as(other, "mentorA");
    const results = await Promise.all([savePlan(planInput(other, "pairA")), savePlan(planInput(other, "pairA"))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "CONFLICT" });
  });
});

describe("3. a parent proposes plan changes for a child under 14", () => {
  it("is shown to the mentor as the parent's; another child's parent, a 14-year-old's parent and another school are refused", async () => {
    const plan = await db().individualPlan.findFirstOrThrow({ where: { mentorshipId: school.pairA.mentorshipId } });
    const goal = await db().planGoal.findFirstOrThrow({ where: { planId: plan.id, position: 0 } });
    await as(school, "parentA");
    const proposed = await proposePlanChange({ planId: plan.id, goalId: goal.id, title: "Записаться в библиотеку" });
    expect(proposed).toMatchObject({ ok: true });
    const row = await db().planProposal.findUniqueOrThrow({ where: { id: proposed.ok ? proposed.data.id : "" } });
    expect(row).toMatchObject({ byParent: true, proposedById: school.people.parentA.userId });
    const note = await db().notification.findFirstOrThrow({
      where: { userId: school.people.mentorA.userId, dedupeKey: `plan-proposal:${row.id}` },
    });
    expect(note.title).toBe("Родитель (Тест) предлагает изменение плана: «Записаться в библиотеку»");
    const seen = await getPairPlans(await viewerOf(school, "mentorA"), school.pairA.mentorshipId);
    expect(seen.plans[0].proposals.find((p) => p.id === row.id)).toMatchObject({
      byParent: true,
      proposedBy: "родитель (Ученикова Тест)",
    });
    const byMentee = seen.plans[0].proposals.find((p) => !p.byParent);
    expect(byMentee?.proposedBy).toBe("Ученикова Тест");
    // The parent's page offers the form; the mentor's does not.
    expect((await getPairPlans(await viewerOf(school, "parentA"), school.pairA.mentorshipId)).plans[0].mayPropose).toBe(true);
    expect(seen.plans[0].mayPropose).toBe(false);
    // The child reads their parent's proposal on the pair's plan; another child does not.
    const child = await getPairPlans(await viewerOf(school, "menteeA"), school.pairA.mentorshipId);
    expect(child.plans[0].proposals.find((p) => p.id === row.id)?.proposedBy).toBe("родитель (Ученикова Тест)");

    await as(school, "parentB");
    expect(await proposePlanChange({ planId: plan.id, title: "Чужое предложение" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    await as(other, "parentA");
    expect(await proposePlanChange({ planId: plan.id, title: "Из другой школы" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    await as(school, "mentorA");
    expect(await proposePlanChange({ planId: plan.id, title: "Сам себе" })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    // From 14 the child proposes themselves: the parent is refused, the child is not.
    const planB = await db().individualPlan.findFirstOrThrow({
      where: { mentorshipId: school.pairB.mentorshipId, menteeId: null },
    });
    await db().person.update({
      where: { id: school.people.menteeB.personId },
      data: { birthDate: new Date(Date.UTC(2010, 0, 1)) },
    });
    await as(school, "parentB");
    expect(await proposePlanChange({ planId: planB.id, title: "За старшего" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await getPairPlans(await viewerOf(school, "parentB"), school.pairB.mentorshipId)).plans[0].mayPropose).toBe(false);
    await as(school, "menteeB");
    expect(await proposePlanChange({ planId: planB.id, title: "Сам за себя" })).toMatchObject({ ok: true });
  });
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
  confirmed: true,
  ...overrides,
});

describe("2. the mentor edits a planned meeting", () => {
  it("date, time, place or link, type and topic change; mentee and parent are told; the calendar gets the new version", async () => {
    await as(school, "mentorA");
    const planned = await planMeeting(meetingInput(school));
    const id = planned.ok ? planned.data.id : "";
    const change = {
      plannedMeetingId: id,
      type: "TRIAL" as const,
      date: inDays(5),
      time: "16:00",
      durationMinutes: 60,
      place: "",
      link: "https://meet.example.org/room",
      topic: "Пробная встреча онлайн",
      // A trial before the acquaintance is held: out of the model's order, confirmed.
      confirmed: true,
    };
    // Refused to another pair's mentor, a parent and another school.
    await as(school, "mentorB");
    expect(await editPlannedMeeting(change)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await as(school, "parentA");
    expect(await editPlannedMeeting(change)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await as(other, "mentorA");
    expect(await editPlannedMeeting(change)).toMatchObject({ ok: false, code: "NOT_FOUND" });

    await as(school, "mentorA");
    // A type out of the model's order is confirmed first; a past time and no place nor link are refused by field.
    expect(await editPlannedMeeting({ ...change, type: "FINAL", confirmed: false })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      details: { needsConfirmation: true },
    });
    expect(await editPlannedMeeting({ ...change, date: "2020-01-01" })).toMatchObject({
      fieldErrors: { date: [expect.any(String)] },
    });
    expect(await editPlannedMeeting({ ...change, link: "" })).toMatchObject({ fieldErrors: { place: [expect.any(String)] } });

    expect(await editPlannedMeeting(change)).toMatchObject({ ok: true, data: { changed: true } });
    const row = await db().plannedMeeting.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      type: "TRIAL",
      durationMinutes: 60,
      place: null,
      link: "https://meet.example.org/room",
      topic: "Пробная встреча онлайн",
      sequence: 1,
    });
    expect(row.startsAt.getTime()).toBe(zonedInstant(inDays(5), "16:00", "Europe/Moscow").getTime());
    const told = await db().notification.findMany({
      where: { kind: "MEETING_CHANGED", dedupeKey: `meeting-changed:${id}:1` },
      select: { userId: true, title: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual([school.people.menteeA.userId, school.people.parentA.userId].sort());
    expect(told.find((n) => n.userId === school.people.menteeA.userId)?.title).toContain("перенесена");
    const [event] = parse(await meetingIcs(await viewerOf(school, "menteeA"), id));
    expect(String(event.summary)).toContain("Пробная встреча онлайн");
    expect(Number(event.sequence)).toBe(1);

    // Only the topic: the notice says what changed; nothing changed: nobody is told again.
    expect(await editPlannedMeeting({ ...change, topic: "Пробная встреча: цели" })).toMatchObject({ ok: true });
    expect(
      (
        await db().notification.findFirstOrThrow({
          where: { userId: school.people.menteeA.userId, dedupeKey: `meeting-changed:${id}:2` },
        })
      ).title,
    ).toContain("изменена: тема");
    expect(await editPlannedMeeting({ ...change, topic: "Пробная встреча: цели" })).toMatchObject({
      ok: true,
      data: { changed: false },
    });
    // A cancelled meeting is no longer edited.
    expect(await closePlannedMeeting({ plannedMeetingId: id, status: "CANCELLED", reason: "Болезнь" })).toMatchObject({
      ok: true,
    });
    expect(await editPlannedMeeting(change)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("8. the curator's .ics of a meeting", () => {
  it("the curator downloads any planned meeting of their school, not another school's", async () => {
    await as(school, "mentorB");
    const planned = await planMeeting(meetingInput(school, { mentorshipId: school.pairB.mentorshipId, topic: "Встреча пары Б" }));
    const id = planned.ok ? planned.data.id : "";
    const events = parse(await meetingIcs(await viewerOf(school, "curator"), id));
    expect(events).toHaveLength(1);
    expect(String(events[0].summary)).toContain("Встреча пары Б");
    await expect(meetingIcs(await viewerOf(other, "curator"), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(meetingIcs(await viewerOf(school, "mentorA"), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(meetingIcs(await viewerOf(school, "director"), id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("6. the calendar feed ends with the sessions", () => {
  it("a password change revokes the user's feed links", async () => {
    await db().user.update({
      where: { id: school.people.parentA.userId },
      data: { passwordHash: await hashPassword("старый пароль 1") },
    });
    await as(school, "parentA");
    const created = await createCalendarFeed({});
    const token = created.ok ? created.data.token : "";
    expect(await readCalendarFeed(db(), token)).not.toBeNull();
    expect(
      await changeOwnPassword({
        currentPassword: "старый пароль 1",
        password: "новый пароль 22",
        passwordConfirm: "новый пароль 22",
      }),
    ).toMatchObject({ ok: true });
    expect(await readCalendarFeed(db(), token)).toBeNull();
    expect(await db().calendarFeed.count({ where: { userId: school.people.parentA.userId, revokedAt: null } })).toBe(0);
  });

  it("an admin's password reset, which ends every session, revokes them too", async () => {
    await as(school, "menteeA");
    const created = await createCalendarFeed({});
    const token = created.ok ? created.data.token : "";
    expect(await readCalendarFeed(db(), token)).not.toBeNull();
    const admin = await db().user.create({ data: { login: `admin-${Date.now()}`, displayName: "Админ", passwordHash: "x" } });
    await db().membership.create({ data: { userId: admin.id, schoolId: school.schoolId, role: "ADMIN" } });
    actAs(await school.viewer({ userId: admin.id }));
    expect(await resetAccountPassword({ userId: school.people.menteeA.userId, confirm: true })).toMatchObject({ ok: true });
    expect(await readCalendarFeed(db(), token)).toBeNull();

    // Switched off in the school and back on: the old link stays revoked.
    actAs(await school.viewer(school.people.parentB));
    const parentFeed = await createCalendarFeed({});
    const parentToken = parentFeed.ok ? parentFeed.data.token : "";
    actAs(await school.viewer({ userId: admin.id }));
    expect(await setAccountActive({ userId: school.people.parentB.userId, active: false })).toMatchObject({ ok: true });
    expect(await setAccountActive({ userId: school.people.parentB.userId, active: true })).toMatchObject({ ok: true });
    expect(await readCalendarFeed(db(), parentToken)).toBeNull();
  });
});
