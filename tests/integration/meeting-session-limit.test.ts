import { beforeAll, describe, expect, it } from "vitest";
import { todayCalendarDate } from "@/lib/format/date";
import { logMeeting } from "@/lib/mentorships/log-meeting";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const db = () => database.db;
let school: SchoolFixture;
const today = todayCalendarDate("Europe/Moscow").toISOString().slice(0, 10);

beforeAll(async () => {
  school = await createSchoolFixture(db(), "Ограничение");
  const pair = await db().mentorship.findUniqueOrThrow({ where: { id: school.pairA.mentorshipId }, select: { mentorId: true } });
  await db().mentorship.update({ where: { id: school.pairA.mentorshipId }, data: { startedOn: new Date("2026-09-01") } });
  // A health limitation the curator shared with pair A's mentor: sessions of at most 30 minutes.
  await db().menteeRequest.create({
    data: {
      schoolId: school.schoolId,
      menteeId: school.pairA.menteeId,
      kind: "HEALTH_LIMITATIONS",
      source: "PSYCHOLOGIST",
      confidential: true,
      sharedWithMentorId: pair.mentorId,
      sessionLimitMinutes: 30,
    },
  });
});

const meeting = (durationMinutes: number, topic: string) => ({
  mentorshipId: school.pairA.mentorshipId,
  type: "REGULAR" as const,
  heldOn: today,
  durationMinutes,
  topic,
  attendeeIds: [school.pairA.menteeId],
});

describe("a shared health limitation that caps a session", () => {
  it("warns about a longer meeting and still saves it; a meeting within the limit has no warning", async () => {
    actAs(await school.viewer(school.people.mentorA));
    const long = await logMeeting(meeting(45, "Долгая встреча"));
    expect(long.ok).toBe(true);
    expect(long.ok ? long.data.warnings.join(" ") : "").toContain("не дольше 30 мин");
    const short = await logMeeting(meeting(30, "Короткая встреча"));
    expect(short.ok).toBe(true);
    expect(short.ok ? short.data.warnings.join(" ") : "").not.toContain("не дольше");
  });

  it("is not applied to a mentor the limitation was not shared with", async () => {
    await db().menteeRequest.updateMany({ where: { menteeId: school.pairA.menteeId }, data: { sharedWithMentorId: null } });
    actAs(await school.viewer(school.people.mentorA));
    const result = await logMeeting(meeting(60, "Ещё одна встреча"));
    expect(result.ok).toBe(true);
    expect(result.ok ? result.data.warnings.join(" ") : "").not.toContain("не дольше");
  });
});
