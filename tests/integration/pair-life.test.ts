import { beforeAll, describe, expect, it } from "vitest";
import { calendarDateValue, todayCalendarDate } from "@/lib/format/date";
import { loadMatchCandidates } from "@/lib/matching/load-match-candidates";
import { endMentorship } from "@/lib/mentorships/end-mentorship";
import { decideReplacementPetition } from "@/lib/petitions/decide-replacement-petition";
import { fileReplacementPetition } from "@/lib/petitions/file-replacement-petition";
import { listOwnPetitions } from "@/lib/petitions/list-own-petitions";
import { listPetitions } from "@/lib/petitions/list-petitions";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const db = () => database.db;
const today = calendarDateValue(todayCalendarDate("Europe/Moscow"));
let school: SchoolFixture;
let other: SchoolFixture;

beforeAll(async () => {
  school = await createSchoolFixture(db(), "Жизнь пары");
  other = await createSchoolFixture(db(), "Другая");
});

const mentorLoad = async (mentorPersonId: string) => {
  const { mentors } = await loadMatchCandidates(await school.viewer(school.people.curator));
  return mentors.find((m) => m.personId === mentorPersonId)?.load;
};

describe("a petition to replace the mentor", () => {
  it("is filed by the mentee, once at a time, with a reason the form explains", async () => {
    const { mentorshipId, menteeId } = school.pairA;
    actAs(await school.viewer(school.people.menteeA));
    const short = await fileReplacementPetition({ mentorshipId, menteeId, reason: "Не хочу" });
    expect(short.ok ? {} : short.fieldErrors).toEqual({
      reason: ["Напишите, почему нужна замена наставника (не короче 10 символов)"],
    });
    const filed = await fileReplacementPetition({ mentorshipId, menteeId, reason: "Не получается найти общий язык" });
    expect(filed.ok).toBe(true);
    const again = await fileReplacementPetition({ mentorshipId, menteeId, reason: "Повторное ходатайство о замене" });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
    const petition = await db().replacementPetition.findUniqueOrThrow({ where: { id: filed.ok ? filed.data.id : "" } });
    expect(petition).toMatchObject({ status: "PENDING", byParent: false, filedById: school.people.menteeA.userId });
    expect(await listOwnPetitions(await school.viewer(school.people.parentA))).toHaveLength(1);
    expect(await listOwnPetitions(await school.viewer(school.people.parentB))).toHaveLength(0);
  });

  it("is refused for someone else's child, to a mentor or a director, on another school's pair", async () => {
    const { mentorshipId, menteeId } = school.pairB;
    const input = { mentorshipId, menteeId, reason: "Не получается найти общий язык" };
    actAs(await school.viewer(school.people.parentA));
    expect(await fileReplacementPetition(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(await school.viewer(school.people.menteeA));
    expect(await fileReplacementPetition(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    for (const who of [school.people.mentorB, school.people.director, school.people.curator]) {
      actAs(await school.viewer(who));
      expect(await fileReplacementPetition(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    actAs(await other.viewer(other.people.parentB));
    expect(await fileReplacementPetition(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("is filed by a parent for their child, and refused with a reason by the director", async () => {
    const { mentorshipId, menteeId } = school.pairB;
    actAs(await school.viewer(school.people.parentB));
    const filed = await fileReplacementPetition({ mentorshipId, menteeId, reason: "Сын боится идти на встречи" });
    expect(filed.ok).toBe(true);
    const id = filed.ok ? filed.data.id : "";
    expect(await db().replacementPetition.findUniqueOrThrow({ where: { id } })).toMatchObject({ byParent: true });
    actAs(await school.viewer(school.people.director));
    const bare = await decideReplacementPetition({ petitionId: id, decision: "REJECT", comment: "" });
    expect(bare.ok ? {} : bare.fieldErrors).toEqual({ comment: ["Объясните отказ (не короче 5 символов)"] });
    expect(
      (await decideReplacementPetition({ petitionId: id, decision: "REJECT", comment: "Сначала беседа с психологом" })).ok,
    ).toBe(true);
    expect(await db().mentorship.findUniqueOrThrow({ where: { id: mentorshipId } })).toMatchObject({ status: "ACTIVE" });
    const twice = await decideReplacementPetition({ petitionId: id, decision: "APPROVE" });
    expect(twice).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("is decided by the director of the school only", async () => {
    const [pending] = (await listPetitions(await school.viewer(school.people.director))).filter((p) => p.status === "PENDING");
    for (const who of [school.people.curator, school.people.menteeA, school.people.mentorA]) {
      actAs(await school.viewer(who));
      expect(await decideReplacementPetition({ petitionId: pending.id, decision: "APPROVE" })).toMatchObject({
        code: "FORBIDDEN",
      });
    }
    actAs(await other.viewer(other.people.director));
    expect(await decideReplacementPetition({ petitionId: pending.id, decision: "APPROVE" })).toMatchObject({ code: "NOT_FOUND" });
    expect(await listPetitions(await other.viewer(other.people.director))).toEqual([]);
    await expect(listPetitions(await school.viewer(school.people.mentorA))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("approved, ends the pair of one: the mentee is back among those to match and the mentor's place is free", async () => {
    const { mentorshipId, menteeId } = school.pairA;
    expect(await mentorLoad(school.people.mentorA.personId)).toBe(1);
    const [pending] = (await listPetitions(await school.viewer(school.people.curator))).filter((p) => p.status === "PENDING");
    actAs(await school.viewer(school.people.director));
    expect(await decideReplacementPetition({ petitionId: pending.id, decision: "APPROVE" })).toMatchObject({
      ok: true,
      data: { pairEnded: true },
    });
    const pair = await db().mentorship.findUniqueOrThrow({ where: { id: mentorshipId }, include: { mentees: true } });
    expect(pair).toMatchObject({ status: "TERMINATED", endReason: "Замена наставника по ходатайству" });
    expect(calendarDateValue(pair.endedOn!)).toBe(today);
    expect(calendarDateValue(pair.mentees[0].leftOn!)).toBe(today);
    const { mentees } = await loadMatchCandidates(await school.viewer(school.people.curator));
    expect(mentees.find((m) => m.id === menteeId)).toMatchObject({ inOpenPair: false });
    expect(await mentorLoad(school.people.mentorA.personId)).toBe(0);
    const audit = await db().auditEntry.findFirst({ where: { entityId: pending.id, action: "petition.approve" } });
    expect(audit?.details).toMatchObject({ pairEnded: true, menteeId });
  });

  it("is not approved once the pair stopped working with the mentee; the petition stays to be decided", async () => {
    const fixture = await createSchoolFixture(db(), "Закончившаяся пара");
    const { mentorshipId, menteeId } = fixture.pairB;
    actAs(await fixture.viewer(fixture.people.menteeB));
    const filed = await fileReplacementPetition({ mentorshipId, menteeId, reason: "Наставник редко выходит на связь" });
    if (!filed.ok) throw new Error(filed.error);
    await db().mentorship.update({ where: { id: mentorshipId }, data: { status: "COMPLETED" } });
    actAs(await fixture.viewer(fixture.people.director));
    expect(await decideReplacementPetition({ petitionId: filed.data.id, decision: "APPROVE" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await db().replacementPetition.findUniqueOrThrow({ where: { id: filed.data.id } })).toMatchObject({
      status: "PENDING",
    });
    expect(
      await decideReplacementPetition({ petitionId: filed.data.id, decision: "REJECT", comment: "Пара уже завершена" }),
    ).toMatchObject({
      ok: true,
    });
    expect((await listOwnPetitions(await fixture.viewer(fixture.people.menteeB)))[0].decisionComment).toBe("Пара уже завершена");
    expect((await listOwnPetitions(await fixture.viewer(fixture.people.parentB)))[0].decisionComment).toBeNull();
  });

  it("approved for one mentee of a group, lets the group go on without them", async () => {
    const group = await db().mentorship.create({
      data: {
        schoolId: school.schoolId,
        programmeId: school.programme.id,
        mentorId: (await db().mentorProfile.findFirstOrThrow({ where: { personId: school.people.mentorB.personId } })).id,
        form: "TEACHER_PUPIL",
        format: "GROUP",
        status: "ACTIVE",
        startedOn: new Date(Date.UTC(2026, 8, 1)),
        mentees: { create: [{ schoolId: school.schoolId, menteeId: school.pairA.menteeId }, ...(await extraMentee())] },
      },
    });
    actAs(await school.viewer(school.people.menteeA));
    const filed = await fileReplacementPetition({
      mentorshipId: group.id,
      menteeId: school.pairA.menteeId,
      reason: "Хочу заниматься индивидуально",
    });
    actAs(await school.viewer(school.people.director));
    const decided = await decideReplacementPetition({ petitionId: filed.ok ? filed.data.id : "", decision: "APPROVE" });
    expect(decided).toMatchObject({ ok: true, data: { pairEnded: false } });
    expect(await db().mentorship.findUniqueOrThrow({ where: { id: group.id } })).toMatchObject({ status: "ACTIVE" });
    expect(await db().mentorshipMentee.count({ where: { mentorshipId: group.id, leftOn: null } })).toBe(1);
  });
});

async function extraMentee() {
  const person = await db().person.create({
    data: {
      schoolId: school.schoolId,
      lastName: "Группов",
      firstName: "Тест",
      mentee: { create: { schoolId: school.schoolId, kind: "PUPIL" } },
    },
    select: { mentee: { select: { id: true } } },
  });
  return [{ schoolId: school.schoolId, menteeId: person.mentee!.id }];
}

describe("ending a working pair", () => {
  it("completes it only after its final meeting, and terminates it early only with a reason", async () => {
    const { mentorshipId } = school.pairB;
    actAs(await school.viewer(school.people.curator));
    const noFinal = await endMentorship({ mentorshipId, outcome: "COMPLETED", endedOn: today });
    expect(noFinal.ok ? {} : noFinal.fieldErrors).toEqual({ outcome: [expect.stringMatching(/после заключительной встречи/)] });
    const noReason = await endMentorship({ mentorshipId, outcome: "TERMINATED", endedOn: today, reason: "" });
    expect(noReason.ok ? {} : noReason.fieldErrors).toEqual({
      reason: ["Укажите причину досрочного прекращения (не короче 5 символов)"],
    });
    const early = await endMentorship({ mentorshipId, outcome: "TERMINATED", endedOn: "2023-12-31", reason: "Переезд семьи" });
    expect(early.ok ? {} : early.fieldErrors).toEqual({ endedOn: [expect.stringMatching(/не может быть раньше/)] });
    const future = await endMentorship({ mentorshipId, outcome: "TERMINATED", endedOn: "2100-01-01", reason: "Переезд семьи" });
    expect(future.ok ? {} : future.fieldErrors).toEqual({ endedOn: ["Дата в будущем: работа пары ещё идёт"] });

    await db().meeting.create({
      data: {
        schoolId: school.schoolId,
        mentorshipId,
        type: "FINAL",
        heldOn: todayCalendarDate("Europe/Moscow"),
        durationMinutes: 45,
        topic: "Итоги",
        createdById: school.people.mentorB.userId,
      },
    });
    for (const who of [school.people.director, school.people.mentorB, school.people.menteeB]) {
      actAs(await school.viewer(who));
      expect(await endMentorship({ mentorshipId, outcome: "COMPLETED", endedOn: today })).toMatchObject({ code: "FORBIDDEN" });
    }
    actAs(await other.viewer(other.people.curator));
    expect(await endMentorship({ mentorshipId, outcome: "COMPLETED", endedOn: today })).toMatchObject({ code: "NOT_FOUND" });
    actAs(await school.viewer(school.people.curator));
    expect((await endMentorship({ mentorshipId, outcome: "COMPLETED", endedOn: today, reason: "Цели достигнуты" })).ok).toBe(
      true,
    );
    const done = await db().mentorship.findUniqueOrThrow({ where: { id: mentorshipId } });
    expect(done).toMatchObject({ status: "COMPLETED", endReason: "Цели достигнуты" });
    const again = await endMentorship({ mentorshipId, outcome: "TERMINATED", endedOn: today, reason: "Ещё раз" });
    expect(again).toMatchObject({ ok: false, code: "INVALID" });
    expect(await db().auditEntry.count({ where: { entityId: mentorshipId, action: "mentorship.complete" } })).toBe(1);
  });

  it("counts a mentor's load in the current programme only", async () => {
    const older = await db().programme.create({
      data: { schoolId: school.schoolId, startYear: 2025, title: "Прошлый год", forms: ["TEACHER_PUPIL"] },
    });
    const mentor = await db().mentorProfile.findFirstOrThrow({ where: { personId: school.people.mentorB.personId } });
    const before = await mentorLoad(school.people.mentorB.personId);
    await db().mentorship.create({
      data: {
        schoolId: school.schoolId,
        programmeId: older.id,
        mentorId: mentor.id,
        form: "TEACHER_PUPIL",
        format: "INDIVIDUAL",
        status: "ACTIVE",
        mentees: { create: await extraMentee() },
      },
    });
    expect(await mentorLoad(school.people.mentorB.personId)).toBe(before);
  });
});
