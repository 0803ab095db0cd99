import { beforeAll, describe, expect, it } from "vitest";
import { logMeeting } from "@/lib/mentorships/log-meeting";
import { submitQuestionnaire } from "@/lib/questionnaires/submit-questionnaire";
import { setItemStatus } from "@/lib/roadmap/set-item-status";
import { createSchoolFixture, validAnswers, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let school: SchoolFixture;

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Путь");
});

describe("curator marks a roadmap item done", () => {
  it("saves the status, bumps the version and writes the audit log", async () => {
    actAs(await school.viewer(school.people.curator));
    const result = await setItemStatus({ itemId: school.item.id, status: "DONE", version: 1 });
    expect(result).toEqual({ ok: true, data: { id: school.item.id, status: "DONE", version: 2 } });
    const item = await database.db.roadmapItem.findUniqueOrThrow({ where: { id: school.item.id } });
    expect(item).toMatchObject({ status: "DONE", version: 2 });
    expect(item.completedAt).toBeInstanceOf(Date);
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { entityId: school.item.id } });
    expect(audit).toMatchObject({ action: "roadmap-item.status", userId: school.people.curator.userId });
  });

  it("refuses a save made from a stale version", async () => {
    actAs(await school.viewer(school.people.director));
    const result = await setItemStatus({ itemId: school.item.id, status: "CANCELLED", version: 1 });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    const item = await database.db.roadmapItem.findUniqueOrThrow({ where: { id: school.item.id } });
    expect(item.status).toBe("DONE");
  });
});

describe("mentor logs a meeting", () => {
  it("stores the meeting with attendance of each mentee", async () => {
    actAs(await school.viewer(school.people.mentorA));
    const result = await logMeeting({
      mentorshipId: school.pairA.mentorshipId,
      type: "ACQUAINTANCE",
      heldOn: "2026-11-20",
      durationMinutes: "45",
      topic: "Знакомство",
      summary: "Обсудили цели",
      attendeeIds: [school.pairA.menteeId],
    });
    expect(result.ok).toBe(true);
    const meeting = await database.db.meeting.findFirstOrThrow({
      where: { mentorshipId: school.pairA.mentorshipId },
      include: { attendance: true },
    });
    expect(meeting).toMatchObject({
      type: "ACQUAINTANCE",
      durationMinutes: 45,
      topic: "Знакомство",
      createdById: school.people.mentorA.userId,
    });
    expect(meeting.heldOn.toISOString()).toBe("2026-11-20T00:00:00.000Z");
    expect(meeting.attendance).toEqual([expect.objectContaining({ menteeId: school.pairA.menteeId, attended: true })]);
  });

  it("rejects bad input field by field in Russian and writes nothing", async () => {
    actAs(await school.viewer(school.people.mentorA));
    const before = await database.db.meeting.count();
    const result = await logMeeting({
      mentorshipId: school.pairA.mentorshipId,
      type: "REGULAR",
      heldOn: "",
      durationMinutes: "0",
      topic: "",
      attendeeIds: [],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      heldOn: ["Укажите дату встречи"],
      durationMinutes: ["Не меньше 5 минут"],
      topic: ["Тема — не короче 3 символов"],
    });
    expect(await database.db.meeting.count()).toBe(before);
  });
});

describe("mentee and parent answer questionnaires", () => {
  it("stores typed answers and refuses a second submission", async () => {
    actAs(await school.viewer(school.people.menteeA));
    const answers = validAnswers(school);
    expect(await submitQuestionnaire({ responseId: school.responses.menteeA.id, answers })).toMatchObject({ ok: true });
    const stored = await database.db.answer.findMany({ where: { responseId: school.responses.menteeA.id } });
    expect(stored).toHaveLength(3);
    expect(stored.find((a) => a.numberValue !== null)?.numberValue).toBe(8);
    const again = await submitQuestionnaire({ responseId: school.responses.menteeA.id, answers });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await database.db.answer.count({ where: { responseId: school.responses.menteeA.id } })).toBe(3);
  });

  it("a parent answers about their own child", async () => {
    actAs(await school.viewer(school.people.parentA));
    const result = await submitQuestionnaire({ responseId: school.responses.parentA.id, answers: validAnswers(school) });
    expect(result).toMatchObject({ ok: true });
    const response = await database.db.questionnaireResponse.findUniqueOrThrow({ where: { id: school.responses.parentA.id } });
    expect(response).toMatchObject({ status: "SUBMITTED", subjectId: school.people.menteeA.personId });
  });

  it("reports missing and out-of-range answers next to their questions", async () => {
    actAs(await school.viewer(school.people.menteeB));
    const [scale, single, multiple] = school.template.questions;
    const result = await submitQuestionnaire({
      responseId: school.responses.menteeB.id,
      answers: { [scale.id]: 11, [single.id]: "Никогда", [multiple.id]: [] },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      [scale.id]: ["Оценка от 1 до 10"],
      [single.id]: ["Выберите один из вариантов"],
      [multiple.id]: ["Выберите хотя бы один вариант"],
    });
    const response = await database.db.questionnaireResponse.findUniqueOrThrow({ where: { id: school.responses.menteeB.id } });
    expect(response.status).toBe("PENDING");
  });
});
