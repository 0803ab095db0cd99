import { beforeAll, describe, expect, it } from "vitest";
import { deleteMeeting } from "@/lib/mentorships/delete-meeting";
import { getOwnMentorship } from "@/lib/mentorships/get-own-mentorship";
import { logMeeting } from "@/lib/mentorships/log-meeting";
import { updateMeeting } from "@/lib/mentorships/update-meeting";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;
const DAY = 24 * 3600 * 1000;

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Встречи");
  other = await createSchoolFixture(database.db, "Чужая");
});

const input = (overrides: Record<string, unknown> = {}) => ({
  mentorshipId: school.pairA.mentorshipId,
  type: "REGULAR" as const,
  heldOn: "2026-11-02",
  durationMinutes: 40,
  topic: "Разбор задач",
  summary: "",
  attendeeIds: [school.pairA.menteeId],
  ...overrides,
});

async function logAsMentorA(overrides: Record<string, unknown> = {}) {
  actAs(await school.viewer(school.people.mentorA));
  const result = await logMeeting(input({ confirmed: true, ...overrides }));
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

const count = () => database.db.meeting.count({ where: { mentorshipId: school.pairA.mentorshipId } });

describe("logging a meeting asks for confirmation when it looks wrong", () => {
  it("a meeting nobody attended needs confirmation; confirmed, it is saved", async () => {
    actAs(await school.viewer(school.people.mentorA));
    const before = await count();
    const asked = await logMeeting(input({ topic: "Никто не пришёл", attendeeIds: [] }));
    expect(asked).toMatchObject({
      ok: false,
      code: "CONFLICT",
      details: { needsConfirmation: true, reasons: [expect.stringContaining("Никто")] },
    });
    expect(await count()).toBe(before);
    expect(await logMeeting(input({ topic: "Никто не пришёл", attendeeIds: [], confirmed: true }))).toMatchObject({ ok: true });
    expect(await count()).toBe(before + 1);
  });

  it("an exact duplicate (same pair, date, type and topic) needs confirmation", async () => {
    await logAsMentorA({ heldOn: "2026-11-03", topic: "Профориентация" });
    const before = await count();
    const asked = await logMeeting(input({ heldOn: "2026-11-03", topic: "профориентация" }));
    expect(asked).toMatchObject({ ok: false, code: "CONFLICT", details: { reasons: [expect.stringContaining("уже записана")] } });
    expect(await count()).toBe(before);
    // Another type on the same day is not a duplicate.
    expect(await logMeeting(input({ heldOn: "2026-11-03", topic: "Профориентация", type: "FINAL" }))).toMatchObject({ ok: true });
  });

  it("refuses a date before the pair started, next to the field", async () => {
    actAs(await school.viewer(school.people.mentorA));
    const before = await count();
    const result = await logMeeting(input({ heldOn: "2023-12-31", confirmed: true }));
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { heldOn: ["Пара начала работу 1 января 2024: встреча не может быть раньше"] },
    });
    expect(await count()).toBe(before);
  });

  it("without a start date, refuses a date before the pair was formed", async () => {
    await database.db.mentorship.update({
      where: { id: school.pairB.mentorshipId },
      data: { startedOn: null, createdAt: new Date("2026-09-01T10:00:00Z") },
    });
    actAs(await school.viewer(school.people.mentorB));
    const early = { mentorshipId: school.pairB.mentorshipId, attendeeIds: [school.pairB.menteeId] };
    expect(await logMeeting(input({ ...early, heldOn: "2026-08-20" }))).toMatchObject({
      ok: false,
      fieldErrors: { heldOn: [expect.stringContaining("1 сентября 2026")] },
    });
    expect(await logMeeting(input({ ...early, heldOn: "2026-09-01" }))).toMatchObject({ ok: true });
  });
});

describe("the mentor who logged a meeting corrects it within 7 days", () => {
  it("edits it: the meeting changes, the history keeps old → new, the audit log records it", async () => {
    const id = await logAsMentorA({ heldOn: "2026-11-05", topic: "Олимпиада" });
    const result = await updateMeeting({
      ...input({ heldOn: "2026-11-06", topic: "Олимпиада по физике", durationMinutes: 50 }),
      meetingId: id,
    });
    expect(result).toMatchObject({ ok: true });
    const meeting = await database.db.meeting.findUniqueOrThrow({ where: { id } });
    expect(meeting).toMatchObject({ topic: "Олимпиада по физике", durationMinutes: 50 });
    expect(meeting.heldOn.toISOString()).toBe("2026-11-06T00:00:00.000Z");
    const change = await database.db.meetingChange.findFirstOrThrow({ where: { meetingId: id } });
    expect(change).toMatchObject({
      kind: "EDITED",
      topic: "Олимпиада",
      changedById: school.people.mentorA.userId,
      schoolId: school.schoolId,
    });
    expect(change.changes).toEqual([
      { field: "heldOn", label: "Дата", from: "5 ноября 2026", to: "6 ноября 2026" },
      { field: "durationMinutes", label: "Длительность", from: "40 мин", to: "50 мин" },
      { field: "topic", label: "Тема", from: "Олимпиада", to: "Олимпиада по физике" },
    ]);
    expect(await database.db.auditEntry.count({ where: { action: "meeting.update", entityId: id } })).toBe(1);
  });

  it("changes attendance, and the confirmation rules apply to an edit too", async () => {
    const id = await logAsMentorA({ heldOn: "2026-11-07", topic: "Посещаемость" });
    const edit = { ...input({ heldOn: "2026-11-07", topic: "Посещаемость", attendeeIds: [] }), meetingId: id };
    expect(await updateMeeting(edit)).toMatchObject({ ok: false, code: "CONFLICT", details: { needsConfirmation: true } });
    expect(await updateMeeting({ ...edit, confirmed: true })).toMatchObject({ ok: true });
    const attendance = await database.db.meetingAttendance.findFirstOrThrow({ where: { meetingId: id } });
    expect(attendance.attended).toBe(false);
    const change = await database.db.meetingChange.findFirstOrThrow({ where: { meetingId: id } });
    // Ids, not names: the history reads the names when it is shown.
    expect(change.changes).toEqual([{ field: "present", label: "Присутствовали", from: [school.pairA.menteeId], to: [] }]);
    expect(JSON.stringify(change.changes)).not.toContain("Ученикова");
    const line = async () => {
      const page = await getOwnMentorship(await school.viewer(school.people.mentorA), school.pairA.mentorshipId);
      return page.meetingChanges.find((c) => c.id === change.id)!.lines;
    };
    expect(await line()).toEqual([{ field: "present", label: "Присутствовали", from: "Ученикова Тест", to: "никто" }]);
    // The name as the person's record has it now: an anonymised person reads as such.
    await database.db.person.update({
      where: { id: school.people.menteeA.personId },
      data: { lastName: "Обезличено", firstName: "" },
    });
    expect(await line()).toEqual([{ field: "present", label: "Присутствовали", from: "Обезличено", to: "никто" }]);
    await database.db.person.update({
      where: { id: school.people.menteeA.personId },
      data: { lastName: "Ученикова", firstName: "Тест" },
    });
  });

  it("deletes it; the pair page shows the deletion and the correction in its history", async () => {
    const id = await logAsMentorA({ heldOn: "2026-11-08", topic: "Лишняя встреча" });
    expect(await deleteMeeting({ meetingId: id })).toMatchObject({ ok: true });
    expect(await database.db.meeting.findUnique({ where: { id } })).toBeNull();
    const page = await getOwnMentorship(await school.viewer(school.people.mentorA), school.pairA.mentorshipId);
    expect(page.meetingChanges[0]).toMatchObject({
      kind: "DELETED",
      topic: "Лишняя встреча",
      meetingId: id,
      changedBy: "Наставников Тест",
      lines: [],
    });
    expect(page.meetingChanges.some((c) => c.kind === "EDITED")).toBe(true);
    expect(page.meetings.every((m) => m.editable)).toBe(true);
  });
});

describe("nobody else corrects a meeting", () => {
  it("another mentor of the school cannot edit or delete it", async () => {
    const id = await logAsMentorA({ heldOn: "2026-11-09", topic: "Чужими руками" });
    actAs(await school.viewer(school.people.mentorB));
    expect(await updateMeeting({ ...input({ heldOn: "2026-11-09", topic: "Взлом" }), meetingId: id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await deleteMeeting({ meetingId: id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await database.db.meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ topic: "Чужими руками" });
    expect(await database.db.meetingChange.count({ where: { meetingId: id } })).toBe(0);
  });

  it("a curator of this school or of another school cannot either", async () => {
    const id = await logAsMentorA({ heldOn: "2026-11-10", topic: "Только наставник" });
    for (const viewer of [await school.viewer(school.people.curator), await other.viewer(other.people.curator)]) {
      actAs(viewer);
      expect(await updateMeeting({ ...input({ heldOn: "2026-11-10", topic: "Куратор" }), meetingId: id })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      expect(await deleteMeeting({ meetingId: id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    // A mentor of another school sending this id finds nothing.
    actAs(await other.viewer(other.people.mentorA));
    expect(await deleteMeeting({ meetingId: id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await database.db.meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ topic: "Только наставник" });
  });

  it("a meeting logged 8 days ago can no longer be edited or deleted", async () => {
    const id = await logAsMentorA({ heldOn: "2026-11-11", topic: "Давняя встреча" });
    await database.db.meeting.update({ where: { id }, data: { createdAt: new Date(Date.now() - 8 * DAY) } });
    const edit = await updateMeeting({ ...input({ heldOn: "2026-11-11", topic: "Поздняя правка" }), meetingId: id });
    expect(edit).toMatchObject({ ok: false, code: "FORBIDDEN", error: expect.stringContaining("7 дней") });
    expect(await deleteMeeting({ meetingId: id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await database.db.meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ topic: "Давняя встреча" });
    const page = await getOwnMentorship(await school.viewer(school.people.mentorA), school.pairA.mentorshipId);
    expect(page.meetings.find((m) => m.id === id)?.editable).toBe(false);
  });
});

describe("a mentee who left the group after the meeting keeps the attendance recorded for them", () => {
  let group: { mentorshipId: string; stays: string; left: string; leftAbsent: string };
  const day = (text: string) => new Date(`${text}T00:00:00.000Z`);

  beforeAll(async () => {
    const { schoolId } = school;
    const { mentorId } = await database.db.mentorship.findUniqueOrThrow({ where: { id: school.pairA.mentorshipId } });
    const mentee = async (lastName: string) => {
      const person = await database.db.person.create({
        data: { schoolId, lastName, firstName: "Тест", mentee: { create: { schoolId, kind: "PUPIL" } } },
        select: { mentee: { select: { id: true } } },
      });
      return person.mentee!.id;
    };
    const [stays, left, leftAbsent] = [await mentee("Оставшаяся"), await mentee("Выбывшая"), await mentee("Пропустивший")];
    const mentorship = await database.db.mentorship.create({
      data: {
        schoolId,
        programmeId: school.programme.id,
        mentorId,
        form: "TEACHER_PUPIL",
        format: "GROUP",
        status: "ACTIVE",
        startedOn: day("2026-09-01"),
        mentees: { create: [stays, left, leftAbsent].map((menteeId) => ({ schoolId, menteeId, joinedOn: day("2026-09-01") })) },
      },
    });
    group = { mentorshipId: mentorship.id, stays, left, leftAbsent };
  });

  const groupInput = (overrides: Record<string, unknown> = {}) =>
    input({ mentorshipId: group.mentorshipId, heldOn: "2026-11-12", topic: "Групповое занятие", ...overrides });

  async function meetingWithLeaver(topic: string) {
    actAs(await school.viewer(school.people.mentorA));
    const logged = await logMeeting(groupInput({ topic, attendeeIds: [group.stays, group.left] }));
    if (!logged.ok) throw new Error(logged.error);
    // Two of them leave the group on 14 November, after the meeting.
    await database.db.mentorshipMentee.updateMany({
      where: { mentorshipId: group.mentorshipId, menteeId: { in: [group.left, group.leftAbsent] } },
      data: { leftOn: day("2026-11-14") },
    });
    return logged.data.id;
  }

  const attended = async (meetingId: string) =>
    Object.fromEntries(
      (await database.db.meetingAttendance.findMany({ where: { meetingId } })).map((a) => [a.menteeId, a.attended]),
    );

  it("the pair page offers the present mentees to tick and shows the leavers' attendance as recorded", async () => {
    const id = await meetingWithLeaver("Страница");
    const page = await getOwnMentorship(await school.viewer(school.people.mentorA), group.mentorshipId);
    const meeting = page.meetings.find((m) => m.id === id)!;
    expect(meeting.attendeeIds).toEqual([group.stays]);
    expect(meeting.keptAttendance).toEqual(
      expect.arrayContaining([
        { id: group.left, name: "Выбывшая Тест", attended: true, leftOn: day("2026-11-14") },
        { id: group.leftAbsent, name: "Пропустивший Тест", attended: false, leftOn: day("2026-11-14") },
      ]),
    );
    expect(page.mentees.map((m) => m.menteeId)).toEqual([group.stays]);
    await database.db.mentorshipMentee.updateMany({ where: { mentorshipId: group.mentorshipId }, data: { leftOn: null } });
  });

  it("a correction saves, keeps the leaver's attendance, and the history shows only what changed", async () => {
    const id = await meetingWithLeaver("Исправление");
    // As the form sends it: the leaver is not among the boxes to tick.
    expect(
      await updateMeeting({ ...groupInput({ topic: "Исправленная тема", attendeeIds: [group.stays] }), meetingId: id }),
    ).toMatchObject({
      ok: true,
    });
    expect(await attended(id)).toEqual({ [group.stays]: true, [group.left]: true, [group.leftAbsent]: false });
    const change = await database.db.meetingChange.findFirstOrThrow({ where: { meetingId: id } });
    expect(change.changes).toEqual([{ field: "topic", label: "Тема", from: "Исправление", to: "Исправленная тема" }]);

    // A form that still sends the leaver ticked changes nothing either.
    const again = { ...groupInput({ topic: "Исправленная тема", attendeeIds: [group.stays, group.left] }), meetingId: id };
    expect(await updateMeeting(again)).toMatchObject({ ok: true });
    expect(await database.db.meetingChange.count({ where: { meetingId: id } })).toBe(1);

    // Unticking the one who stays: the leaver still attended, so no confirmation is asked and only that changes.
    expect(await updateMeeting({ ...again, attendeeIds: [] })).toMatchObject({ ok: true });
    expect(await attended(id)).toEqual({ [group.stays]: false, [group.left]: true, [group.leftAbsent]: false });
    const last = await database.db.meetingChange.findFirstOrThrow({ where: { meetingId: id }, orderBy: { changedAt: "desc" } });
    expect(last.changes).toEqual([
      { field: "present", label: "Присутствовали", from: [group.stays, group.left].sort(), to: [group.left] },
    ]);
    await database.db.mentorshipMentee.updateMany({ where: { mentorshipId: group.mentorshipId }, data: { leftOn: null } });
  });

  it("a leaver recorded absent cannot be ticked now, and the meeting cannot move past the day they left", async () => {
    const id = await meetingWithLeaver("Границы");
    const edit = { ...groupInput({ topic: "Границы", attendeeIds: [group.stays, group.leftAbsent] }), meetingId: id };
    expect(await updateMeeting(edit)).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { attendeeIds: ["Отметьте только участников этой пары или группы"] },
    });
    expect(await updateMeeting({ ...edit, attendeeIds: [group.stays], heldOn: "2026-11-15" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { heldOn: ["На встрече записан участник, выбывший 14 ноября 2026: встреча не может быть позже"] },
    });
    expect(await updateMeeting({ ...edit, attendeeIds: [group.stays], heldOn: "2026-11-14" })).toMatchObject({ ok: true });
    expect(await attended(id)).toEqual({ [group.stays]: true, [group.left]: true, [group.leftAbsent]: false });
    // A new meeting is for the present mentees only.
    expect(await logMeeting(groupInput({ topic: "Новая", heldOn: "2026-11-13", attendeeIds: [group.left] }))).toMatchObject({
      ok: false,
      fieldErrors: { attendeeIds: ["Отметьте только участников этой пары или группы"] },
    });
    await database.db.mentorshipMentee.updateMany({ where: { mentorshipId: group.mentorshipId }, data: { leftOn: null } });
  });
});
