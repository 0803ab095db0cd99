import { beforeAll, describe, expect, it } from "vitest";
import { listPersonAudit } from "@/lib/audit/list-person-audit";
import { getOwnMentorship } from "@/lib/mentorships/get-own-mentorship";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
let school: SchoolFixture;
let leftPersonId: string;

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Журнал");
  const { schoolId } = school;
  // A second pupil attended one meeting of pair A, then left the group.
  const left = await database.db.person.create({ data: { schoolId, lastName: "Ушедшая", firstName: "Тест" } });
  leftPersonId = left.id;
  const leftProfile = await database.db.menteeProfile.create({ data: { schoolId, personId: left.id, kind: "PUPIL" } });
  await database.db.mentorshipMentee.create({
    data: {
      schoolId,
      mentorshipId: school.pairA.mentorshipId,
      menteeId: leftProfile.id,
      leftOn: new Date(Date.UTC(2026, 9, 20)),
    },
  });
  await database.db.meeting.create({
    data: {
      schoolId,
      mentorshipId: school.pairA.mentorshipId,
      type: "REGULAR",
      heldOn: new Date(Date.UTC(2026, 9, 10)),
      durationMinutes: 40,
      topic: "Знакомство",
      createdById: school.people.mentorA.userId,
      attendance: {
        create: [
          { schoolId, menteeId: school.pairA.menteeId, attended: true },
          { schoolId, menteeId: leftProfile.id, attended: true },
        ],
      },
    },
  });
});

const readsOf = async (personId: string) =>
  (await listPersonAudit(await school.viewer(school.people.curator), personId)).entries.filter((e) => e.action === "person.read");

describe("the mentor's pair page", () => {
  it("logs the read of each mentee and attendee it shows, so their card's access log lists it", async () => {
    const mentorship = await getOwnMentorship(await school.viewer(school.people.mentorA), school.pairA.mentorshipId);
    expect(mentorship.meetings).toHaveLength(1);
    for (const personId of [school.people.menteeA.personId, leftPersonId]) {
      expect(await readsOf(personId)).toEqual([
        expect.objectContaining({ who: "Наставников Тест", what: "Просмотр: Пара наставника: участники и посещаемость" }),
      ]);
    }
  });

  it("logs nothing when another mentor's pair is refused", async () => {
    await expect(getOwnMentorship(await school.viewer(school.people.mentorA), school.pairB.mentorshipId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await readsOf(school.people.menteeB.personId)).toEqual([]);
  });
});
