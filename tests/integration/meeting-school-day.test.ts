import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { logMeeting } from "@/lib/mentorships/log-meeting";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

// «A meeting in the future» is judged by the school's calendar day, not by UTC's and not with a day of slack.
const database = useTestDatabase();
const schools: Record<string, SchoolFixture> = {};

beforeAll(async () => {
  for (const timeZone of ["Asia/Vladivostok", "Europe/Kaliningrad"]) {
    schools[timeZone] = await createSchoolFixture(database.db, timeZone);
    await database.db.school.update({ where: { id: schools[timeZone].schoolId }, data: { timeZone } });
  }
});

afterEach(() => {
  vi.useRealTimers();
});

async function logAt(timeZone: string, now: string, heldOn: string) {
  const school = schools[timeZone];
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(new Date(now));
  actAs(await school.viewer(school.people.mentorA));
  return logMeeting({
    mentorshipId: school.pairA.mentorshipId,
    type: "REGULAR",
    heldOn,
    durationMinutes: 40,
    topic: `Встреча ${now} ${heldOn}`,
    summary: "",
    attendeeIds: [school.pairA.menteeId],
    confirmed: true,
  });
}

const refused = { ok: false, code: "INVALID", fieldErrors: { heldOn: ["Встреча ещё не прошла: дата в будущем"] } };

describe("a meeting dated after the school's today is refused, today's is accepted", () => {
  it("Vladivostok (UTC+10) at 00:30 on 21 November, when UTC still has the 20th", async () => {
    expect(await logAt("Asia/Vladivostok", "2026-11-20T14:30:00Z", "2026-11-21")).toMatchObject({ ok: true });
    expect(await logAt("Asia/Vladivostok", "2026-11-20T14:30:00Z", "2026-11-22")).toMatchObject({ ok: false });
  });

  it("Vladivostok at 23:30 on 20 November: the 21st is tomorrow there, though less than a day ahead of UTC", async () => {
    expect(await logAt("Asia/Vladivostok", "2026-11-20T13:30:00Z", "2026-11-21")).toMatchObject(refused);
    expect(await logAt("Asia/Vladivostok", "2026-11-20T13:30:00Z", "2026-11-20")).toMatchObject({ ok: true });
  });

  it("Kaliningrad (UTC+2) at 23:30 on 20 November refuses the 21st and accepts the 20th", async () => {
    expect(await logAt("Europe/Kaliningrad", "2026-11-20T21:30:00Z", "2026-11-21")).toMatchObject(refused);
    expect(await logAt("Europe/Kaliningrad", "2026-11-20T21:30:00Z", "2026-11-20")).toMatchObject({ ok: true });
  });

  it("Kaliningrad at 00:30 on 21 November (22:30 UTC on the 20th) accepts the 21st", async () => {
    expect(await logAt("Europe/Kaliningrad", "2026-11-20T22:30:00Z", "2026-11-21")).toMatchObject({ ok: true });
  });
});
