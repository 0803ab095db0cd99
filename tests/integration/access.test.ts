import { beforeAll, describe, expect, it } from "vitest";
import { getOwnChild } from "@/lib/family/own-children";
import { getOwnMentorship } from "@/lib/mentorships/get-own-mentorship";
import { logMeeting } from "@/lib/mentorships/log-meeting";
import { getQuestionnaire } from "@/lib/questionnaires/get-questionnaire";
import { listPendingQuestionnaires } from "@/lib/questionnaires/list-pending";
import { submitQuestionnaire } from "@/lib/questionnaires/submit-questionnaire";
import { getDirectorReport } from "@/lib/reports/get-director-report";
import { getRoadmap } from "@/lib/roadmap/get-roadmap";
import { setItemStatus } from "@/lib/roadmap/set-item-status";
import { createSchoolFixture, validAnswers, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

// Each test calls the server actions and queries directly, as an attacker would, with another person's ids.
const database = useTestDatabase();
let north: SchoolFixture;
let south: SchoolFixture;

beforeAll(async () => {
  north = await createSchoolFixture(database.db, "Север");
  // A later year, so an unscoped "latest programme" query would return the other school's.
  south = await createSchoolFixture(database.db, "Юг", 2027);
});

const meeting = (mentorshipId: string) => ({
  mentorshipId,
  type: "REGULAR" as const,
  heldOn: "2026-11-20",
  durationMinutes: 40,
  topic: "Разбор задач",
  attendeeIds: [],
  confirmed: true,
});

describe("a mentee", () => {
  it("cannot read another mentee's questionnaire", async () => {
    const viewer = await north.viewer(north.people.menteeA);
    await expect(getQuestionnaire(viewer, north.responses.menteeB.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getQuestionnaire(viewer, north.responses.menteeA.id)).resolves.toMatchObject({ id: north.responses.menteeA.id });
  });

  it("cannot submit another mentee's questionnaire", async () => {
    actAs(await north.viewer(north.people.menteeA));
    const result = await submitQuestionnaire({ responseId: north.responses.menteeB.id, answers: validAnswers(north) });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const stored = await database.db.questionnaireResponse.findUniqueOrThrow({ where: { id: north.responses.menteeB.id } });
    expect(stored.status).toBe("PENDING");
  });

  it("sees only questionnaires addressed to them", async () => {
    const pending = await listPendingQuestionnaires(await north.viewer(north.people.menteeA), "MENTEE");
    expect(pending.map((p) => p.id)).toEqual([north.responses.menteeA.id]);
  });
});

describe("a parent", () => {
  it("cannot read another family's child", async () => {
    const viewer = await north.viewer(north.people.parentA);
    await expect(getOwnChild(viewer, north.people.menteeB.personId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getOwnChild(viewer, north.people.menteeA.personId)).resolves.toMatchObject({
      id: north.people.menteeA.personId,
    });
  });

  it("cannot open or answer the questionnaire about another family's child", async () => {
    const viewer = await north.viewer(north.people.parentA);
    await expect(getQuestionnaire(viewer, north.responses.parentB.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    actAs(viewer);
    const result = await submitQuestionnaire({ responseId: north.responses.parentB.id, answers: validAnswers(north) });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("cannot answer about a child that is not theirs even when the questionnaire is addressed to them", async () => {
    const forged = await database.db.questionnaireResponse.create({
      data: {
        schoolId: north.schoolId,
        templateId: north.template.id,
        respondentId: north.people.parentA.userId,
        subjectId: north.people.menteeB.personId,
      },
    });
    actAs(await north.viewer(north.people.parentA));
    const result = await submitQuestionnaire({ responseId: forged.id, answers: validAnswers(north) });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("a mentor", () => {
  it("cannot log a meeting on another mentor's pair by sending its id", async () => {
    actAs(await north.viewer(north.people.mentorA));
    const result = await logMeeting(meeting(north.pairB.mentorshipId));
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await database.db.meeting.count({ where: { mentorshipId: north.pairB.mentorshipId } })).toBe(0);
  });

  it("cannot open another mentor's pair", async () => {
    const viewer = await north.viewer(north.people.mentorA);
    await expect(getOwnMentorship(viewer, north.pairB.mentorshipId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("cannot mark attendance of someone outside the pair", async () => {
    actAs(await north.viewer(north.people.mentorA));
    const result = await logMeeting({ ...meeting(north.pairA.mentorshipId), attendeeIds: [north.pairB.menteeId] });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { attendeeIds: expect.any(Array) } });
  });
});

describe("a user of one school", () => {
  it("cannot change another school's roadmap item", async () => {
    actAs(await north.viewer(north.people.curator));
    const result = await setItemStatus({ itemId: south.item.id, status: "DONE", version: 1 });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const item = await database.db.roadmapItem.findUniqueOrThrow({ where: { id: south.item.id } });
    expect(item.status).toBe("PLANNED");
  });

  it("sees only their own school's roadmap and report", async () => {
    const curator = await north.viewer(north.people.curator);
    const roadmap = await getRoadmap(curator);
    expect(roadmap?.id).toBe(north.programme.id);
    const director = await north.viewer(north.people.director);
    const report = await getDirectorReport(director, new Date(Date.UTC(2026, 10, 24)));
    expect(report.coverage).toMatchObject({ pupils: 2, covered: 2 });
    expect(report.pairsByForm).toEqual([{ form: "TEACHER_PUPIL", count: 2 }]);
  });

  it("cannot log a meeting on another school's pair as a mentor", async () => {
    actAs(await north.viewer(north.people.mentorA));
    const result = await logMeeting(meeting(south.pairA.mentorshipId));
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("acts only in the active school when they work in two", async () => {
    // The same teacher also mentors a pair in the south school.
    const teacher = north.people.mentorA.userId;
    await database.db.membership.create({ data: { userId: teacher, schoolId: south.schoolId, role: "MENTOR" } });
    await database.db.person.update({ where: { id: south.people.mentorA.personId }, data: { userId: teacher } });
    const inNorth = await north.viewer(north.people.mentorA);
    expect(inNorth.schools).toHaveLength(2);
    actAs(inNorth);
    expect(await logMeeting(meeting(south.pairA.mentorshipId))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(getOwnMentorship(inNorth, south.pairA.mentorshipId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    actAs(await south.viewer(north.people.mentorA));
    expect(await logMeeting(meeting(south.pairA.mentorshipId))).toMatchObject({ ok: true });
  });
});

describe("roles", () => {
  it("refuse actions outside the permission table", async () => {
    actAs(await north.viewer(north.people.menteeA));
    expect(await setItemStatus({ itemId: north.item.id, status: "DONE", version: 1 })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await logMeeting(meeting(north.pairA.mentorshipId))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await expect(getDirectorReport(await north.viewer(north.people.parentA))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await setItemStatus({ itemId: north.item.id, status: "DONE", version: 1 })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });

  it("refuse everything without a session", async () => {
    actAs(null);
    expect(await logMeeting(meeting(north.pairA.mentorshipId))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});
