import { subYears } from "date-fns";
import { beforeAll, describe, expect, it } from "vitest";
import { calendarDateValue, todayCalendarDate } from "@/lib/format/date";
import { saveGroupMeeting } from "@/lib/group-meetings/save-group-meeting";
import { listPreferenceAnswers } from "@/lib/preferences/list-preference-answers";
import { loadPreferenceForms } from "@/lib/preferences/load-preference-forms";
import { savePreferences } from "@/lib/preferences/save-preferences";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const db = () => database.db;
const todayDate = todayCalendarDate("Europe/Moscow");
const today = calendarDateValue(todayDate);
let school: SchoolFixture;
let other: SchoolFixture;
let meetingId: string;
const mentor = { A: "", B: "", absent: "" };

beforeAll(async () => {
  school = await createSchoolFixture(db(), "Предпочтения");
  other = await createSchoolFixture(db(), "Чужая");
  const profile = (personId: string) =>
    db()
      .mentorProfile.findFirstOrThrow({ where: { personId } })
      .then((m) => m.id);
  mentor.A = await profile(school.people.mentorA.personId);
  mentor.B = await profile(school.people.mentorB.personId);
  const absent = await db().person.create({
    data: {
      schoolId: school.schoolId,
      lastName: "Отсутствующий",
      firstName: "Тест",
      mentor: { create: { schoolId: school.schoolId, category: "TEACHER", status: "READY" } },
    },
    select: { mentor: { select: { id: true } } },
  });
  mentor.absent = absent.mentor!.id;
  // Ученикова is 10 (her parent may answer for her), Школьников 15 (he answers himself).
  await db().person.update({ where: { id: school.people.menteeA.personId }, data: { birthDate: subYears(todayDate, 10) } });
  await db().person.update({ where: { id: school.people.menteeB.personId }, data: { birthDate: subYears(todayDate, 15) } });
  actAs(await school.viewer(school.people.curator));
  const meeting = await saveGroupMeeting({
    heldOn: today,
    place: "Актовый зал",
    mentorIds: [mentor.A, mentor.B],
    menteeIds: [school.pairA.menteeId, school.pairB.menteeId],
  });
  meetingId = meeting.ok ? meeting.data.id : "";
});

const asMentee = (choices: string[], chooserId = school.pairB.menteeId) => ({
  chooserKind: "MENTEE" as const,
  chooserId,
  choices,
});

describe("preferences after the group meeting", () => {
  it("offers a mentee the mentors who were at the meeting, and saves the ranking in order", async () => {
    const viewer = await school.viewer(school.people.menteeB);
    const { forms } = await loadPreferenceForms(viewer, todayDate);
    expect(forms).toHaveLength(1);
    expect(forms[0]).toMatchObject({ chooserKind: "MENTEE", chooserId: school.pairB.menteeId, max: 3, forChild: null });
    expect(forms[0].options.map((o) => o.id).sort()).toEqual([mentor.A, mentor.B].sort());
    actAs(viewer);
    expect(await savePreferences(asMentee([mentor.B, "", mentor.A]))).toEqual({ ok: true, data: { saved: 2 } });
    const rows = await db().matchPreference.findMany({ where: { menteeId: school.pairB.menteeId }, orderBy: { rank: "asc" } });
    expect(rows.map((r) => [r.mentorId, r.rank, r.direction])).toEqual([
      [mentor.B, 1, "MENTEE_TO_MENTOR"],
      [mentor.A, 2, "MENTEE_TO_MENTOR"],
    ]);
    expect(await savePreferences(asMentee([mentor.A]))).toMatchObject({ ok: true });
    expect(await db().matchPreference.count({ where: { menteeId: school.pairB.menteeId } })).toBe(1);
  });

  it("explains a bad ranking next to the choices and keeps the saved one", async () => {
    actAs(await school.viewer(school.people.menteeB));
    const cases: [string[], string][] = [
      [["", ""], "Выберите хотя бы одного человека"],
      [[mentor.A, mentor.A], "Один и тот же человек выбран дважды"],
      [[mentor.absent], "Выбирайте из тех, кто был на встрече"],
      [[mentor.A, mentor.B, mentor.absent, "x"], "Можно выбрать не больше 3"],
    ];
    for (const [choices, message] of cases) {
      const result = await savePreferences(asMentee(choices));
      expect(result.ok ? {} : result.fieldErrors).toEqual({ choices: [message] });
    }
    expect(await db().matchPreference.count({ where: { menteeId: school.pairB.menteeId } })).toBe(1);
  });

  it("lets a parent answer for a child under 14, not for an older one, and a mentor rank the mentees", async () => {
    const parentA = await school.viewer(school.people.parentA);
    expect((await loadPreferenceForms(parentA, todayDate)).forms).toMatchObject([
      { forChild: "Тест", chooserId: school.pairA.menteeId },
    ]);
    actAs(parentA);
    expect(await savePreferences(asMentee([mentor.A], school.pairA.menteeId))).toMatchObject({ ok: true });
    const parentB = await school.viewer(school.people.parentB);
    expect((await loadPreferenceForms(parentB, todayDate)).forms).toEqual([]);
    actAs(parentB);
    expect(await savePreferences(asMentee([mentor.A]))).toMatchObject({ ok: false, code: "NOT_FOUND" });

    actAs(await school.viewer(school.people.mentorA));
    const ranked = await savePreferences({
      chooserKind: "MENTOR",
      chooserId: mentor.A,
      choices: [school.pairA.menteeId, school.pairB.menteeId],
    });
    expect(ranked).toMatchObject({ ok: true, data: { saved: 2 } });

    const answers = await listPreferenceAnswers(await school.viewer(school.people.curator), meetingId);
    expect(answers.mentees.find((m) => m.id === school.pairA.menteeId)).toMatchObject({
      byParent: true,
      choices: ["Наставников Тест"],
    });
    expect(answers.mentees.find((m) => m.id === school.pairB.menteeId)).toMatchObject({ byParent: false });
    expect(answers.mentors.find((m) => m.id === mentor.A)).toMatchObject({ choices: ["Ученикова Тест", "Школьников Тест"] });
    expect(answers.mentors.find((m) => m.id === mentor.B)).toMatchObject({ choices: [] });
  });

  it("is refused for someone not at a meeting, to other roles and across schools", async () => {
    actAs(await school.viewer(school.people.menteeB));
    expect(await savePreferences({ chooserKind: "MENTOR", chooserId: mentor.A, choices: [school.pairB.menteeId] })).toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
    for (const who of [school.people.director, school.people.curator]) {
      actAs(await school.viewer(who));
      expect(await savePreferences(asMentee([mentor.A]))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    actAs(await other.viewer(other.people.menteeB));
    expect(await savePreferences(asMentee([mentor.A]))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(listPreferenceAnswers(await school.viewer(school.people.mentorA), meetingId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await listPreferenceAnswers(await other.viewer(other.people.curator), meetingId)).toEqual({
      mentees: [],
      mentors: [],
    });
  });
});
