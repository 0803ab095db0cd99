import { subYears } from "date-fns";
import { beforeAll, describe, expect, it } from "vitest";
import { todayCalendarDate } from "@/lib/format/date";
import { closeReferral } from "@/lib/unmatched/close-referral";
import { listOpenReferrals } from "@/lib/unmatched/list-open-referrals";
import { listUnmatched } from "@/lib/unmatched/list-unmatched";
import { referToPsychologist } from "@/lib/unmatched/refer-to-psychologist";
import { mentorPeople } from "../support/mentor-people";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const db = () => database.db;
let school: SchoolFixture;
let other: SchoolFixture;
const mentee = { consented: "", noConsent: "", teacher: "" };
let psychologist: { userId: string };

beforeAll(async () => {
  school = await createSchoolFixture(db(), "Без пары");
  other = await createSchoolFixture(db(), "Чужая");
  const people = mentorPeople(db(), school.schoolId);
  const pupil = async (lastName: string) => {
    const personId = await people.pupil(lastName, 6, subYears(todayCalendarDate("Europe/Moscow"), 12));
    return {
      personId,
      id: (await db().menteeProfile.create({ data: { schoolId: school.schoolId, personId, kind: "PUPIL" } })).id,
    };
  };
  const consented = await pupil("Согласный");
  await people.consent(consented.personId, "PARENT");
  mentee.consented = consented.id;
  mentee.noConsent = (await pupil("Безсогласия")).id;
  const young = await people.staff("Молодой");
  await people.consent(young);
  mentee.teacher = (
    await db().menteeProfile.create({ data: { schoolId: school.schoolId, personId: young, kind: "YOUNG_TEACHER" } })
  ).id;
  // The one free mentor is a senior pupil: in «ученик – ученик» he can lead pupils, not a young teacher.
  await db().programme.update({ where: { id: school.programme.id }, data: { forms: ["TEACHER_PUPIL", "PUPIL_PUPIL"] } });
  const senior = await people.pupil("Старшеклассник", 11, subYears(todayCalendarDate("Europe/Moscow"), 17));
  await people.consent(senior, "SELF");
  await people.consent(senior, "PARENT");
  await db().mentorProfile.create({
    data: { schoolId: school.schoolId, personId: senior, category: "SENIOR_PUPIL", status: "READY", capacity: 1 },
  });
  const user = await db().user.create({
    data: {
      login: `psy-${school.schoolId}`,
      displayName: "Психолог",
      passwordHash: "x",
      memberships: { create: { schoolId: school.schoolId, role: "PSYCHOLOGIST" } },
    },
  });
  psychologist = { userId: user.id };
});

describe("those left without a pair", () => {
  it("are listed with the reason: no consent, no fitting mentor, or not matched yet", async () => {
    const rows = await listUnmatched(await school.viewer(school.people.curator));
    const reason = (id: string) => rows.find((r) => r.id === id)?.reason;
    expect(reason(mentee.noConsent)).toMatchObject({ reason: "NOT_ELIGIBLE", text: expect.stringMatching(/согласия/) });
    expect(reason(mentee.teacher)).toMatchObject({ reason: "NO_ELIGIBLE_MENTOR", text: /^Нет подходящего наставника/ });
    expect(reason(mentee.consented)).toMatchObject({ reason: "NOT_RUN", text: /запустите подбор/ });
    expect(rows.map((r) => r.id)).not.toContain(school.pairA.menteeId);
    await expect(listUnmatched(await school.viewer(school.people.director))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("can be referred to the psychologist once, who sees the task and closes it", async () => {
    actAs(await school.viewer(school.people.curator));
    const referred = await referToPsychologist({ menteeId: mentee.noConsent, note: "Тяжело переживает, что остался один" });
    expect(referred.ok).toBe(true);
    expect(await referToPsychologist({ menteeId: mentee.noConsent })).toMatchObject({ ok: false, code: "CONFLICT" });
    const long = await referToPsychologist({ menteeId: mentee.consented, note: "х".repeat(1001) });
    expect(long.ok ? {} : long.fieldErrors).toEqual({ note: ["Не длиннее 1000 символов"] });
    expect(
      (await listUnmatched(await school.viewer(school.people.curator))).find((r) => r.id === mentee.noConsent)?.referredAt,
    ).not.toBeNull();

    const tasks = await listOpenReferrals(await school.viewer(psychologist));
    expect(tasks).toMatchObject([{ note: "Тяжело переживает, что остался один", mentee: { id: mentee.noConsent } }]);
    await expect(listOpenReferrals(await school.viewer(school.people.curator))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listOpenReferrals(await other.viewer(other.people.curator))).rejects.toMatchObject({ code: "FORBIDDEN" });

    const referralId = referred.ok ? referred.data.id : "";
    actAs(await school.viewer(school.people.curator));
    expect(await closeReferral({ referralId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await school.viewer(psychologist));
    expect(await closeReferral({ referralId, note: "Провели две встречи" })).toMatchObject({ ok: true });
    expect(await closeReferral({ referralId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await listOpenReferrals(await school.viewer(psychologist))).toEqual([]);
    // Closed, the mentee may be referred again.
    actAs(await school.viewer(school.people.curator));
    expect((await referToPsychologist({ menteeId: mentee.noConsent })).ok).toBe(true);
  });

  it("refuses other roles and other schools' mentees", async () => {
    for (const who of [school.people.director, school.people.mentorA]) {
      actAs(await school.viewer(who));
      expect(await referToPsychologist({ menteeId: mentee.consented })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    actAs(await other.viewer(other.people.curator));
    expect(await referToPsychologist({ menteeId: mentee.consented })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const [open] = await db().psychologistReferral.findMany({ where: { schoolId: school.schoolId, closedAt: null } });
    const otherPsychologist = await db().user.create({
      data: {
        login: `psy-${other.schoolId}`,
        displayName: "Психолог",
        passwordHash: "x",
        memberships: { create: { schoolId: other.schoolId, role: "PSYCHOLOGIST" } },
      },
    });
    actAs(await other.viewer({ userId: otherPsychologist.id }));
    expect(await closeReferral({ referralId: open.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
