import { beforeAll, describe, expect, it } from "vitest";
import { logMeeting } from "@/lib/mentorships/log-meeting";
import { addMentor } from "@/lib/mentors/add-mentor";
import { recordInterview } from "@/lib/mentors/record-interview";
import { saveTrainingEvent } from "@/lib/mentors/save-training-event";
import { addRoadmapItem } from "@/lib/roadmap/change-stage-items";
import { updateRoadmapItem } from "@/lib/roadmap/update-roadmap-item";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

// Each kind of action that used to save «2026-02-31» as 3 March, or fail inside the database on «2026-13-45» / «0000-01-01».
const database = useTestDatabase();
let school: SchoolFixture;

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Даты");
});

const impossible = {
  "2026-02-31": "Такой даты нет",
  "2026-13-45": "Такой даты нет",
  "0000-01-01": "Дата не может быть раньше 01.01.1900",
};
const cases = Object.entries(impossible);

describe("an impossible date is refused with a message next to the field, and nothing is written", () => {
  it.each(cases)("roadmap item deadline %s", async (dueOn, message) => {
    actAs(await school.viewer(school.people.curator));
    const result = await updateRoadmapItem({
      itemId: school.item.id,
      version: 1,
      title: "Информирование педагогов",
      expectedResult: "",
      deadlineLabel: "",
      dueOn,
      responsibleId: "",
      coResponsibleIds: [],
      status: "PLANNED",
      resultNote: "",
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { dueOn: [message] } });
    expect(await database.db.roadmapItem.findUniqueOrThrow({ where: { id: school.item.id } })).toMatchObject({
      version: 1,
      dueOn: null,
    });
  });

  it.each(cases)("new roadmap item %s", async (dueOn, message) => {
    actAs(await school.viewer(school.people.curator));
    const result = await addRoadmapItem({ stageId: school.item.stageId, title: "Пункт с датой", dueOn });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { dueOn: [message] } });
    expect(await database.db.roadmapItem.count({ where: { schoolId: school.schoolId, title: "Пункт с датой" } })).toBe(0);
  });

  it.each(cases)("meeting %s", async (heldOn, message) => {
    actAs(await school.viewer(school.people.mentorA));
    const result = await logMeeting({
      mentorshipId: school.pairA.mentorshipId,
      type: "REGULAR",
      heldOn,
      durationMinutes: 40,
      topic: "Разбор задач",
      attendeeIds: [],
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { heldOn: [message] } });
    expect(await database.db.meeting.count({ where: { mentorshipId: school.pairA.mentorshipId } })).toBe(0);
  });

  it.each(cases)("mentor's birth date, interview and training %s", async (date, message) => {
    actAs(await school.viewer(school.people.curator));
    const added = await addMentor({
      source: "OUTSIDE",
      lastName: `Датова${date}`,
      firstName: "Ирина",
      category: "PARENT",
      birthDate: date,
    });
    expect(added).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { birthDate: [message] } });
    expect(await database.db.person.count({ where: { schoolId: school.schoolId, lastName: `Датова${date}` } })).toBe(0);

    const mentor = await addMentor({
      source: "OUTSIDE",
      lastName: `Верная${date}`,
      firstName: "Ирина",
      category: "PARENT",
      birthDate: "1985-04-02",
    });
    if (!mentor.ok) throw new Error(mentor.error);
    const interview = await recordInterview({
      mentorId: mentor.data.id,
      heldOn: date,
      interviewerId: school.people.curator.userId,
      notes: "",
      recommendation: "RECOMMENDED",
    });
    expect(interview).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { heldOn: [message] } });
    const training = await saveTrainingEvent({ title: `Занятие ${date}`, heldOn: date, attendedMentorIds: [] });
    expect(training).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { heldOn: [message] } });
    expect(await database.db.mentorInterview.count({ where: { schoolId: school.schoolId } })).toBe(0);
    expect(await database.db.trainingEvent.count({ where: { schoolId: school.schoolId } })).toBe(0);
  });

  it("still saves a real date as that day", async () => {
    actAs(await school.viewer(school.people.mentorA));
    const result = await logMeeting({
      mentorshipId: school.pairA.mentorshipId,
      type: "REGULAR",
      heldOn: "2024-02-29",
      durationMinutes: 40,
      topic: "Разбор задач",
      attendeeIds: [],
      confirmed: true,
    });
    expect(result).toMatchObject({ ok: true });
    const meeting = await database.db.meeting.findFirstOrThrow({ where: { mentorshipId: school.pairA.mentorshipId } });
    expect(meeting.heldOn.toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });
});
