import { beforeAll, describe, expect, it } from "vitest";
import { getOwnParticipation } from "@/lib/participation/get-own-participation";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
let school: SchoolFixture;
const day = (text: string) => new Date(`${text}T00:00:00.000Z`);

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Ушедший");
  const createdById = school.people.mentorA.userId;
  for (const { mentorshipId } of [school.pairA, school.pairB]) {
    await database.db.mentorship.update({ where: { id: mentorshipId }, data: { goal: "Подготовка к олимпиаде по физике" } });
    for (const [heldOn, topic] of [
      ["2026-10-01", "Знакомство"],
      ["2026-10-15", "План"],
      ["2026-11-01", "После ухода"],
    ]) {
      await database.db.meeting.create({
        data: {
          schoolId: school.schoolId,
          mentorshipId,
          type: "REGULAR",
          heldOn: day(heldOn),
          durationMinutes: 40,
          topic,
          createdById,
        },
      });
    }
  }
  // Mentee A left their pair on 15 October.
  await database.db.mentorshipMentee.updateMany({
    where: { mentorshipId: school.pairA.mentorshipId },
    data: { leftOn: day("2026-10-15") },
  });
});

describe("a pupil who has left a pair", () => {
  it("sees the pair as it was until they left: meetings up to the leaving day, no goal, no present status", async () => {
    const [pair] = await getOwnParticipation(await school.viewer(school.people.menteeA));
    expect(pair).toMatchObject({ id: school.pairA.mentorshipId, goal: null, status: null, leftOn: day("2026-10-15") });
    expect(pair.meetings.map((m) => m.topic)).toEqual(["План", "Знакомство"]);
    expect(pair.mentor.person.lastName).toBe("Наставников");
  });

  it("leaves a pupil still in a pair seeing its goal and every meeting", async () => {
    const [pair] = await getOwnParticipation(await school.viewer(school.people.menteeB));
    expect(pair).toMatchObject({
      id: school.pairB.mentorshipId,
      goal: "Подготовка к олимпиаде по физике",
      status: "ACTIVE",
      leftOn: null,
    });
    expect(pair.meetings.map((m) => m.topic)).toEqual(["После ухода", "План", "Знакомство"]);
  });
});
