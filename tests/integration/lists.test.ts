import { beforeAll, describe, expect, it } from "vitest";
import { fullName } from "@/lib/format/person-name";
import { listClassConsents, listConsentClasses } from "@/lib/consent/list-class-consents";
import { listSchoolClasses } from "@/lib/mentees/list-class-pupils";
import { listMenteeBase } from "@/lib/mentees/list-mentee-base";
import { addMenteeRequest } from "@/lib/mentees/requests";
import { getMentor } from "@/lib/mentors/get-mentor";
import { listMentors } from "@/lib/mentors/list-mentors";
import { listRosterPupils } from "@/lib/roster/list-roster-pupils";
import { listRosterStaff } from "@/lib/roster/list-roster-staff";
import type { MentorshipStatus } from "@/lib/generated/prisma/enums";
import { mentorPeople } from "../support/mentor-people";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

// Lists that help: search by name, «без пары», a full mentor, one request of a kind and source.
const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;
const ids = {} as { anna: string; petr: string; maria: string; olga: string; irina: string; irinaMentor: string };

async function pupil(fixture: SchoolFixture, lastName: string, firstName: string, middleName: string | null, grade: number) {
  const person = await database.db.person.create({
    data: {
      schoolId: fixture.schoolId,
      lastName,
      firstName,
      middleName,
      birthDate: new Date(Date.UTC(2012, 1, 1)),
      pupil: { create: { schoolId: fixture.schoolId, grade, classLetter: "А" } },
      mentee: { create: { schoolId: fixture.schoolId, kind: "PUPIL" } },
    },
    include: { mentee: true },
  });
  return { personId: person.id, menteeId: person.mentee!.id };
}

/** A pair of the fixture's first mentor with this mentee, in a given state, which the mentee may have left. */
async function pairWith(fixture: SchoolFixture, menteeId: string, status: MentorshipStatus, left = false) {
  const mentor = await database.db.mentorProfile.findFirstOrThrow({ where: { personId: fixture.people.mentorB.personId } });
  await database.db.mentorship.create({
    data: {
      schoolId: fixture.schoolId,
      programmeId: fixture.programme.id,
      mentorId: mentor.id,
      form: "TEACHER_PUPIL",
      format: "INDIVIDUAL",
      status,
      mentees: { create: { schoolId: fixture.schoolId, menteeId, leftOn: left ? new Date(Date.UTC(2026, 9, 1)) : null } },
    },
  });
}

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Поиск");
  other = await createSchoolFixture(database.db, "Чужой поиск");
  const anna = await pupil(school, "Иванова", "Анна", "Сергеевна", 10);
  const petr = await pupil(school, "Иванов", "Пётр", "Олегович", 5);
  const maria = await pupil(school, "Смирнова", "Мария", null, 6);
  const olga = await pupil(school, "Козлова", "Ольга", null, 6);
  await pairWith(school, petr.menteeId, "ACTIVE", true);
  await pairWith(school, maria.menteeId, "COMPLETED");
  await pairWith(school, olga.menteeId, "FORMING");
  const people = mentorPeople(database.db, school.schoolId);
  const irina = await people.staff("Петрова");
  await people.staff("Сидоров", "Учитель истории");
  await database.db.person.update({ where: { id: irina }, data: { firstName: "Ирина", middleName: "Ивановна" } });
  await people.consent(irina);
  await people.consent(school.people.mentorA.personId);
  const irinaMentor = await database.db.mentorProfile.create({
    data: { schoolId: school.schoolId, personId: irina, category: "TEACHER", status: "READY", capacity: 2 },
  });
  Object.assign(ids, {
    anna: anna.personId,
    petr: petr.personId,
    maria: maria.personId,
    olga: olga.personId,
    irina,
    irinaMentor: irinaMentor.id,
  });
  // The other school has people of the same names: they must never be found from here.
  await pupil(other, "Иванова", "Анна", "Сергеевна", 10);
  const strangers = mentorPeople(database.db, other.schoolId);
  const stranger = await strangers.staff("Петрова");
  await database.db.mentorProfile.create({
    data: { schoolId: other.schoolId, personId: stranger, category: "TEACHER", status: "READY" },
  });
});

const names = (rows: { person: { lastName: string; firstName: string; middleName: string | null } }[]) =>
  rows.map((r) => fullName(r.person));

describe("search by name", () => {
  it("finds pupils on the roster by a part of any name, whatever the case, in class order", async () => {
    const viewer = await school.viewer(school.people.curator);
    expect(names(await listRosterPupils(viewer, { status: "ALL", q: "иван" }))).toEqual([
      "Иванов Пётр Олегович",
      "Иванова Анна Сергеевна",
    ]);
    expect(names(await listRosterPupils(viewer, { status: "ALL", q: "ИВАНОВА" }))).toEqual(["Иванова Анна Сергеевна"]);
    expect(names(await listRosterPupils(viewer, { status: "ALL", q: "сергеевна" }))).toEqual(["Иванова Анна Сергеевна"]);
  });

  it("needs every word of a two-word search to match some part of the name", async () => {
    const viewer = await school.viewer(school.people.curator);
    expect(names(await listRosterPupils(viewer, { status: "ALL", q: "анна иванов" }))).toEqual(["Иванова Анна Сергеевна"]);
    expect(await listRosterPupils(viewer, { status: "ALL", q: "анна смирнова" })).toEqual([]);
  });

  it("finds staff by the middle name too", async () => {
    const viewer = await school.viewer(school.people.curator);
    expect(names(await listRosterStaff(viewer, "ALL", "иван"))).toEqual(["Петрова Ирина Ивановна"]);
  });

  it("searches the mentee base, the mentor base and the consents", async () => {
    const viewer = await school.viewer(school.people.curator);
    expect((await listMenteeBase(viewer, { q: "иван" })).map(fullName)).toEqual([
      "Иванов Пётр Олегович",
      "Иванова Анна Сергеевна",
    ]);
    expect((await listMentors(viewer, { q: "ирина петрова" })).map((m) => m.name)).toEqual(["Петрова Ирина Ивановна"]);
    expect((await listClassConsents(viewer, { q: "Анна Иванова" }, "Согласия, поиск по ФИО")).map((r) => r.id)).toEqual([
      ids.anna,
    ]);
    expect(await listClassConsents(viewer, { q: "  " }, "Согласия, поиск по ФИО")).toEqual([]);
  });

  it("never finds another school's people of the same name", async () => {
    const viewer = await school.viewer(school.people.curator);
    const pupils = await listRosterPupils(viewer, { status: "ALL", q: "иванова анна" });
    expect(pupils.map((p) => p.person.id)).toEqual([ids.anna]);
    expect((await listMenteeBase(viewer, { q: "иванова анна" })).map((r) => r.personId)).toEqual([ids.anna]);
    expect((await listMentors(viewer, { q: "петрова" })).map((m) => m.id)).toEqual([ids.irinaMentor]);
    const consents = await listClassConsents(viewer, { q: "иванова" }, "Согласия, поиск по ФИО");
    expect(consents.map((r) => r.id).sort()).toEqual([ids.anna].sort());
    const strangerView = await other.viewer(other.people.curator);
    expect((await listMenteeBase(strangerView, { q: "иван" })).map((r) => r.personId)).not.toContain(ids.anna);
  });
});

describe("the mentee base and pairs", () => {
  it("shows who is in a pair or group now: a left or finished pair does not count, a forming one does", async () => {
    const viewer = await school.viewer(school.people.curator);
    const rows = new Map((await listMenteeBase(viewer)).map((r) => [r.personId, r.hasPair]));
    expect(rows.get(school.people.menteeA.personId)).toBe(true);
    expect(rows.get(ids.olga)).toBe(true);
    expect(rows.get(ids.anna)).toBe(false);
    expect(rows.get(ids.petr)).toBe(false);
    expect(rows.get(ids.maria)).toBe(false);
  });

  it("filters «без пары» and «в паре»", async () => {
    const viewer = await school.viewer(school.people.curator);
    const without = await listMenteeBase(viewer, { pair: "without" });
    expect(without.map((r) => r.personId).sort()).toEqual([ids.anna, ids.petr, ids.maria].sort());
    const within = await listMenteeBase(viewer, { pair: "with" });
    expect(within.map((r) => r.personId).sort()).toEqual(
      [school.people.menteeA.personId, school.people.menteeB.personId, ids.olga].sort(),
    );
  });
});

describe("a mentor with no free places", () => {
  it("is not ready for matching but «Мест нет (1 из 1)», in the list and on the card", async () => {
    const viewer = await school.viewer(school.people.curator);
    const mentors = await listMentors(viewer);
    const full = mentors.find((m) => m.personId === school.people.mentorA.personId)!;
    expect(full.eligibility.eligible).toBe(true);
    expect(full.readiness).toEqual({ kind: "full", text: "Мест нет (1 из 1)" });
    expect(mentors.find((m) => m.id === ids.irinaMentor)!.readiness).toEqual({ kind: "ready", text: "Готов к подбору" });
    expect((await getMentor(viewer, full.id)).readiness.kind).toBe("full");
  });
});

describe("the same request twice", () => {
  const input = { kind: "LOW_MOTIVATION", source: "CLASS_TEACHER", details: "", confidential: false } as const;
  const countOf = (personId: string, kind: string) =>
    database.db.menteeRequest.count({ where: { mentee: { personId }, kind: kind as "LOW_MOTIVATION" } });

  it("is refused next to the field, and the first remains", async () => {
    actAs(await school.viewer(school.people.curator));
    const first = await addMenteeRequest({ ...input, personId: ids.maria, details: "Первый" });
    expect(first.ok).toBe(true);
    const second = await addMenteeRequest({ ...input, personId: ids.maria, details: "Второй" });
    expect(second).toMatchObject({
      ok: false,
      fieldErrors: { kind: ["Запрос «Низкая мотивация к учёбе» из этого источника уже есть у наставляемого."] },
    });
    const kept = await database.db.menteeRequest.findMany({
      where: { mentee: { personId: ids.maria } },
      select: { details: true },
    });
    expect(kept).toEqual([{ details: "Первый" }]);
    const otherSource = await addMenteeRequest({ ...input, personId: ids.maria, source: "PARENT_SURVEY" });
    expect(otherSource.ok).toBe(true);
  });

  it("is stored once when sent twice at the same moment", async () => {
    actAs(await school.viewer(school.people.curator));
    const results = await Promise.all([1, 2].map(() => addMenteeRequest({ ...input, personId: ids.olga })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await countOf(ids.olga, "LOW_MOTIVATION")).toBe(1);
  });
});

describe("the class pickers", () => {
  it("list classes by grade as a number and by letter in Russian order, whatever the database's collation", async () => {
    for (const [grade, classLetter] of [
      [5, "Ё"],
      [5, "Е"],
      [11, "А"],
    ] as const) {
      await database.db.person.create({
        data: {
          schoolId: other.schoolId,
          lastName: `Класс${grade}${classLetter}`,
          firstName: "Тест",
          pupil: { create: { schoolId: other.schoolId, grade, classLetter } },
        },
      });
    }
    const viewer = await other.viewer(other.people.curator);
    expect(await listSchoolClasses(viewer)).toEqual(["5Е", "5Ё", "7А", "10А", "11А"]);
    expect((await listConsentClasses(viewer)).map((c) => `${c.grade}${c.classLetter}`)).toEqual(["5Е", "5Ё", "7А", "10А", "11А"]);
  });
});
