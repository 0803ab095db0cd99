import { beforeAll, describe, expect, it } from "vitest";
import { todayCalendarDate } from "@/lib/format/date";
import { saveGroupMeeting } from "@/lib/group-meetings/save-group-meeting";
import { endMentorship } from "@/lib/mentorships/end-mentorship";
import { referToPsychologist } from "@/lib/unmatched/refer-to-psychologist";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const db = () => database.db;
let school: SchoolFixture;
let psychologistId: string;
const today = todayCalendarDate("Europe/Moscow").toISOString().slice(0, 10);

beforeAll(async () => {
  school = await createSchoolFixture(db(), "Уведомления-5");
  psychologistId = (
    await db().user.create({
      data: {
        login: `psy-${school.schoolId}`,
        displayName: "Психологова",
        passwordHash: "not-a-real-hash",
        memberships: { create: { schoolId: school.schoolId, role: "PSYCHOLOGIST" } },
      },
    })
  ).id;
});

const noticesOf = (kind: "PREFERENCES_OPEN" | "REFERRAL_CREATED" | "PAIR_ENDED") =>
  db().notification.findMany({ where: { schoolId: school.schoolId, kind }, select: { userId: true, title: true, href: true } });

describe("stage 5 notices", () => {
  it("a group meeting invites those who were there, and the parents of younger children, to rank; once each", async () => {
    actAs(await school.viewer(school.people.curator));
    const [mentor, mentee] = await Promise.all([
      db().mentorProfile.findFirstOrThrow({ where: { person: { id: school.people.mentorA.personId } } }),
      db().menteeProfile.findFirstOrThrow({ where: { person: { id: school.people.menteeA.personId } } }),
    ]);
    const input = { heldOn: today, place: "Актовый зал", mentorIds: [mentor.id], menteeIds: [mentee.id], notes: "" };
    const saved = await saveGroupMeeting(input);
    expect(saved.ok).toBe(true);
    await saveGroupMeeting({ ...input, meetingId: saved.ok ? saved.data.id : "" });
    const notices = await noticesOf("PREFERENCES_OPEN");
    const { mentorA, menteeA, parentA, menteeB } = school.people;
    expect(notices.map((n) => n.userId).sort()).toEqual([mentorA.userId, menteeA.userId, parentA.userId].sort());
    expect(notices.every((n) => n.href === "/preferences")).toBe(true);
    expect(notices.map((n) => n.userId)).not.toContain(menteeB.userId);
  });

  it("a referral tells the psychologist without naming the child", async () => {
    actAs(await school.viewer(school.people.curator));
    const mentee = await db().menteeProfile.findFirstOrThrow({ where: { person: { id: school.people.menteeB.personId } } });
    expect((await referToPsychologist({ menteeId: mentee.id, note: "" })).ok).toBe(true);
    const notices = await noticesOf("REFERRAL_CREATED");
    expect(notices).toEqual([expect.objectContaining({ userId: psychologistId, href: "/psychologist" })]);
    expect(notices[0].title).not.toContain("Школьников");
  });

  it("ending a pair tells its mentor, mentee and the mentee's parent", async () => {
    actAs(await school.viewer(school.people.curator));
    const result = await endMentorship({
      mentorshipId: school.pairA.mentorshipId,
      outcome: "TERMINATED",
      endedOn: today,
      reason: "Переезд семьи",
    });
    expect(result.ok).toBe(true);
    const notices = await noticesOf("PAIR_ENDED");
    const { mentorA, menteeA, parentA } = school.people;
    expect(notices.map((n) => n.userId).sort()).toEqual([mentorA.userId, menteeA.userId, parentA.userId].sort());
    expect(notices.find((n) => n.userId === menteeA.userId)?.title).toMatch(/досрочно прекращена/);
  });
});
