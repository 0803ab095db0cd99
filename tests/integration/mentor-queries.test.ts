import { describe, expect, it } from "vitest";
import { listMentors } from "@/lib/mentors/list-mentors";
import { listReadyMentors } from "@/lib/mentors/list-ready-mentors";
import { mentorPeople } from "../support/mentor-people";
import { createSchoolFixture } from "../support/school-fixture";
import { useCountingDatabase } from "../support/counting-database";

const { db, count } = useCountingDatabase();

async function schoolWithMentors(count: number) {
  const school = await createSchoolFixture(db, `Наставники${count}`);
  await mentorPeople(db, school.schoolId).manyMentors(count, { programmeId: school.programme.id });
  return school.viewer(school.people.curator);
}

describe("the list of mentors", () => {
  it("runs the same number of queries for 30 mentors as for 3", async () => {
    const small = await schoolWithMentors(3);
    const large = await schoolWithMentors(30);

    const forSmall = await count(() => listMentors(small));
    expect(forSmall.result).toHaveLength(3 + 2);
    const { statements: forLarge, result: rows } = await count(() => listMentors(large));

    expect(rows).toHaveLength(30 + 2);
    const alumni = rows.filter((r) => r.category === "ALUMNUS");
    expect(alumni.every((r) => r.load === 1 && r.freePlaces === 1 && r.eligibility.eligible)).toBe(true);
    expect(forLarge).toBe(forSmall.statements);
    expect(forLarge).toBeLessThanOrEqual(15);

    const ready = await count(() => listReadyMentors(large));
    expect(ready.result).toHaveLength(30);
    expect(ready.statements).toBeLessThanOrEqual(15);
  });
});
