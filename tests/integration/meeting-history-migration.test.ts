import { beforeAll, describe, expect, it } from "vitest";
import { getOwnMentorship } from "@/lib/mentorships/get-own-mentorship";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";

// Histories written before mentee ids were kept hold attendees' names; the migration replaces them with ids.
const database = useTestDatabase({ stopBefore: "20261201235900_meeting_change_mentee_ids" });
let school: SchoolFixture;
let classmateId: string;
const ids: Record<string, string> = {};

async function oldChange(changes: unknown[], kind: "EDITED" | "DELETED" = "EDITED") {
  const row = await database.db.meetingChange.create({
    data: {
      schoolId: school.schoolId,
      mentorshipId: school.pairA.mentorshipId,
      meetingId: `gone-${changes.length}-${kind}`,
      kind,
      heldOn: new Date("2026-11-02T00:00:00Z"),
      topic: "Разбор задач",
      changes: changes as never,
      changedById: school.people.mentorA.userId,
    },
  });
  return row.id;
}

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Миграция");
  const { schoolId } = school;
  const classmate = await database.db.person.create({
    data: {
      schoolId,
      lastName: "Петрова",
      firstName: "Анна",
      middleName: "Ивановна",
      mentee: { create: { schoolId, kind: "PUPIL" } },
    },
    select: { mentee: { select: { id: true } } },
  });
  classmateId = classmate.mentee!.id;
  // A pupil of the group whose data were anonymised since the correction: their old name matches nobody now.
  const gone = await database.db.person.create({
    data: {
      schoolId,
      lastName: "Обезличено",
      firstName: "",
      anonymisedAt: new Date(),
      mentee: { create: { schoolId, kind: "PUPIL" } },
    },
    select: { mentee: { select: { id: true } } },
  });
  for (const menteeId of [classmateId, gone.mentee!.id]) {
    await database.db.mentorshipMentee.create({ data: { schoolId, mentorshipId: school.pairA.mentorshipId, menteeId } });
  }
  ids.both = await oldChange([
    { field: "topic", label: "Тема", from: "Задачи", to: "Разбор задач" },
    { field: "present", label: "Присутствовали", from: "Петрова Анна Ивановна, Ученикова Тест", to: "никто" },
  ]);
  ids.gone = await oldChange([{ field: "present", label: "Присутствовали", from: "Ушедшая Тест", to: "Ученикова Тест" }]);
  ids.deleted = await oldChange([], "DELETED");
  await database.migrateRest();
});

const stored = async (id: string) => (await database.db.meetingChange.findUniqueOrThrow({ where: { id } })).changes;

describe("the migration of old meeting histories", () => {
  it("turns each name that is one mentee of the pair into their id and leaves other fields as they were", async () => {
    expect(await stored(ids.both)).toEqual([
      { field: "topic", label: "Тема", from: "Задачи", to: "Разбор задач" },
      {
        field: "present",
        label: "Присутствовали",
        from: [classmateId, school.pairA.menteeId].sort(),
        to: [],
        fromUnknown: 0,
        toUnknown: 0,
      },
    ]);
    expect(await stored(ids.deleted)).toEqual([]);
  });

  it("drops a name that matches nobody, keeping only that someone was there", async () => {
    expect(await stored(ids.gone)).toEqual([
      { field: "present", label: "Присутствовали", from: [], to: [school.pairA.menteeId], fromUnknown: 1, toUnknown: 0 },
    ]);
    const all = await database.db.meetingChange.findMany({ where: { schoolId: school.schoolId } });
    expect(JSON.stringify(all.map((c) => c.changes))).not.toMatch(/Ушедшая|Петрова|Ученикова/);
  });

  it("the pair page reads the names now", async () => {
    const page = await getOwnMentorship(await school.viewer(school.people.mentorA), school.pairA.mentorshipId);
    const lines = (id: string) => page.meetingChanges.find((c) => c.id === id)!.lines;
    expect(lines(ids.both)[1]).toEqual({
      field: "present",
      label: "Присутствовали",
      from: "Петрова Анна Ивановна, Ученикова Тест",
      to: "никто",
    });
    expect(lines(ids.gone)).toEqual([
      { field: "present", label: "Присутствовали", from: "имя не сохранено", to: "Ученикова Тест" },
    ]);
  });
});
