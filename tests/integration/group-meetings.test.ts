import { beforeAll, describe, expect, it } from "vitest";
import { calendarDateValue, todayCalendarDate } from "@/lib/format/date";
import { getGroupMeeting } from "@/lib/group-meetings/get-group-meeting";
import { listGroupMeetings } from "@/lib/group-meetings/list-group-meetings";
import { loadMeetingPeople } from "@/lib/group-meetings/load-meeting-people";
import { saveGroupMeeting } from "@/lib/group-meetings/save-group-meeting";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const db = () => database.db;
const today = calendarDateValue(todayCalendarDate("Europe/Moscow"));
let school: SchoolFixture;
let other: SchoolFixture;
let mentorIds: string[];

beforeAll(async () => {
  school = await createSchoolFixture(db(), "Встреча");
  other = await createSchoolFixture(db(), "Чужая");
  mentorIds = (await db().mentorProfile.findMany({ where: { schoolId: school.schoolId }, select: { id: true } })).map(
    (m) => m.id,
  );
});

const menteeIds = () => [school.pairA.menteeId, school.pairB.menteeId];

describe("the group meeting", () => {
  it("is recorded with its date, place and who of the bases was there, and corrected later", async () => {
    actAs(await school.viewer(school.people.curator));
    const created = await saveGroupMeeting({ heldOn: today, place: "Актовый зал", mentorIds, menteeIds: menteeIds() });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : "";
    const meeting = await getGroupMeeting(await school.viewer(school.people.curator), id);
    expect(meeting).toMatchObject({ place: "Актовый зал", programmeId: school.programme.id });
    expect(meeting.mentees.map((m) => m.menteeId).sort()).toEqual(menteeIds().sort());

    const corrected = await saveGroupMeeting({
      meetingId: id,
      heldOn: today,
      place: "Библиотека",
      mentorIds: [mentorIds[0]],
      menteeIds: [school.pairA.menteeId],
    });
    expect(corrected.ok).toBe(true);
    const after = await getGroupMeeting(await school.viewer(school.people.curator), id);
    expect(after).toMatchObject({
      place: "Библиотека",
      mentors: [{ mentorId: mentorIds[0] }],
      mentees: [{ menteeId: school.pairA.menteeId }],
    });
    const list = await listGroupMeetings(await school.viewer(school.people.curator), school.programme.id);
    expect(list).toMatchObject([{ id, _count: { mentors: 1, mentees: 1 } }]);
    expect(await db().auditEntry.count({ where: { entityId: id, action: { startsWith: "group-meeting." } } })).toBe(2);
  });

  it("explains bad input next to the fields and writes nothing", async () => {
    actAs(await school.viewer(school.people.curator));
    const before = await db().groupMeeting.count();
    const result = await saveGroupMeeting({ heldOn: "2100-01-01", place: "А", mentorIds: [], menteeIds: [] });
    expect(result.ok ? {} : result.fieldErrors).toEqual({
      heldOn: ["Встреча ещё не прошла: отметьте участников после неё"],
      place: ["Место — не короче 3 символов"],
      mentorIds: ["Отметьте наставников, которые были на встрече"],
      menteeIds: ["Отметьте наставляемых, которые были на встрече"],
    });
    expect(await db().groupMeeting.count()).toBe(before);
  });

  it("takes people of the viewer's school only, and is the curator's", async () => {
    actAs(await school.viewer(school.people.curator));
    const foreign = await saveGroupMeeting({ heldOn: today, place: "Актовый зал", mentorIds, menteeIds: [other.pairA.menteeId] });
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const [meeting] = await listGroupMeetings(await school.viewer(school.people.curator), school.programme.id);
    actAs(await other.viewer(other.people.curator));
    const input = { meetingId: meeting.id, heldOn: today, place: "Чужой зал", mentorIds, menteeIds: menteeIds() };
    expect(await saveGroupMeeting(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(getGroupMeeting(await other.viewer(other.people.curator), meeting.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    for (const who of [school.people.director, school.people.mentorA, school.people.menteeA]) {
      actAs(await school.viewer(who));
      expect(await saveGroupMeeting(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
      await expect(loadMeetingPeople(await school.viewer(who))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("offers the school's mentors and mentees by name, with their class", async () => {
    const { mentors, mentees } = await loadMeetingPeople(await school.viewer(school.people.curator));
    expect(mentors.map((m) => m.id).sort()).toEqual([...mentorIds].sort());
    expect(mentees.map((m) => m.label)).toContain("Ученикова Тест, 7А");
  });
});
