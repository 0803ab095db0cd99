import { subDays, subYears } from "date-fns";
import { beforeAll, describe, expect, it } from "vitest";
import { todayCalendarDate } from "@/lib/format/date";
import type { MenteeRequestKind } from "@/lib/generated/prisma/enums";
import { acceptAllDraftPairs, acceptDraftPair } from "@/lib/matching/draft/accept-draft-pairs";
import { getMatchingDraft } from "@/lib/matching/draft/get-matching-draft";
import { clearMatchExclusions, removeDraftPair } from "@/lib/matching/draft/remove-draft-pair";
import { replaceDraftMentor } from "@/lib/matching/draft/replace-draft-mentor";
import { runMatching } from "@/lib/matching/draft/run-matching";
import { saveMatchSettings } from "@/lib/matching/draft/save-match-settings";
import { defaultMatchSettings } from "@/lib/matching/score/match-settings-schema";
import { updateMenteeMatchingProfile } from "@/lib/mentees/update-matching-profile";
import { listOwnMentorships } from "@/lib/mentorships/list-own-mentorships";
import { submitOrderDraft } from "@/lib/orders/submit-order-draft";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const db = () => database.db;
const today = todayCalendarDate("Europe/Moscow");
let other: SchoolFixture;

beforeAll(async () => {
  other = await createSchoolFixture(db(), "Чужая школа");
});

/** A fixture school with a consent text, and makers of consenting pupils and ready teachers. */
async function matchingSchool(label: string) {
  const school = await createSchoolFixture(db(), label);
  const { schoolId } = school;
  const text = await db().consentText.create({
    data: { schoolId, purpose: "MENTORING", version: 1, title: "Согласие", body: "Текст" },
  });
  const consent = (subjectId: string, giverRole: "PARENT" | "SELF") =>
    db().consent.create({
      data: {
        schoolId,
        textId: text.id,
        purpose: "MENTORING",
        subjectId,
        giverId: subjectId,
        giverRole,
        method: "PAPER",
        givenOn: today,
      },
    });
  let count = 0;
  async function pupil(requests: MenteeRequestKind[], options: { consent?: boolean; grade?: number } = {}) {
    const person = await db().person.create({
      data: {
        schoolId,
        lastName: `Ученик${++count}`,
        firstName: "Тест",
        birthDate: subDays(subYears(today, 12), 30),
        pupil: { create: { schoolId, grade: options.grade ?? 6, classLetter: "В" } },
        mentee: {
          create: {
            schoolId,
            kind: "PUPIL",
            requests: { create: requests.map((kind) => ({ schoolId, kind, source: "PERSONAL_FILE" as const })) },
          },
        },
      },
      select: { id: true, mentee: { select: { id: true } } },
    });
    if (options.consent !== false) await consent(person.id, "PARENT");
    return person.mentee!.id;
  }
  async function teacher(competencyKinds: MenteeRequestKind[], capacity = 1, groupRequest?: MenteeRequestKind) {
    const person = await db().person.create({
      data: {
        schoolId,
        lastName: `Учитель${++count}`,
        firstName: "Тест",
        mentor: { create: { schoolId, category: "TEACHER", status: "READY", capacity, competencyKinds, groupRequest } },
      },
      select: { id: true, mentor: { select: { id: true } } },
    });
    await consent(person.id, "SELF");
    return person.mentor!.id;
  }
  const curator = await school.viewer(school.people.curator);
  const draft = () => getMatchingDraft(curator, school.programme.id);
  const version = async () => (await draft()).version;
  return { school, pupil, teacher, curator, draft, version };
}

function data<T>(result: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe("the matching draft", () => {
  it("proposes the best pairs within capacity and explains each score; the others wait with a reason", async () => {
    const { curator, pupil, teacher, draft, version } = await matchingSchool("Подбор-1");
    const maths = await pupil(["POOR_PERFORMANCE"]);
    const gifted = await pupil(["GIFTEDNESS"]);
    const noConsent = await pupil(["GIFTEDNESS"], { consent: false });
    const tutor = await teacher(["POOR_PERFORMANCE"]);
    const coach = await teacher(["GIFTEDNESS"]);
    actAs(curator);

    const summary = data(await runMatching({ version: await version(), objective: "MOST_MATCHED" }));
    expect(summary).toMatchObject({ proposed: 2, unmatched: 1 });
    const after = await draft();
    const pairs = Object.fromEntries(after.rows.map((row) => [row.mentee.id, row]));
    expect(pairs[maths]).toMatchObject({ mentorId: tutor, accepted: false, format: "INDIVIDUAL", form: "TEACHER_PUPIL" });
    expect(pairs[gifted]).toMatchObject({ mentorId: coach, accepted: false });
    const explanation = pairs[maths].explanation;
    if (!explanation.eligible) throw new Error("expected an eligible pair");
    expect(explanation.parts.reduce((sum, part) => sum + part.points, 0)).toBe(explanation.total);
    expect(pairs[maths].score).toBe(explanation.total);
    expect(after.waiting.find((w) => w.id === noConsent)).toMatchObject({ reason: "NOT_ELIGIBLE" });
    expect(after.waiting.find((w) => w.id === noConsent)?.text).toMatch(/согласи/i);
  });

  it("keeps accepted pairs on a rerun, never proposes a removed pair again, and refuses a stale view", async () => {
    const { curator, pupil, teacher, draft, version } = await matchingSchool("Подбор-2");
    const first = await pupil(["POOR_PERFORMANCE"]);
    const second = await pupil(["POOR_PERFORMANCE"]);
    const tutorA = await teacher(["POOR_PERFORMANCE"]);
    const tutorB = await teacher(["POOR_PERFORMANCE"]);
    actAs(curator);
    data(await runMatching({ version: await version(), objective: "BEST_SCORE" }));
    const proposed = await draft();
    const firstRow = proposed.rows.find((row) => row.mentee.id === first)!;
    const secondRow = proposed.rows.find((row) => row.mentee.id === second)!;

    // A curator who looked at the draft before it changed cannot act on it.
    const stale = proposed.version;
    data(await acceptDraftPair({ version: stale, rowId: firstRow.rowId }));
    const refused = await removeDraftPair({ version: stale, rowId: secondRow.rowId });
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await draft()).rows).toHaveLength(2);

    data(await removeDraftPair({ version: await version(), rowId: secondRow.rowId }));
    data(await runMatching({ version: await version(), objective: "BEST_SCORE" }));
    const rerun = await draft();
    expect(rerun.rows.find((row) => row.mentee.id === first)).toMatchObject({ rowId: firstRow.rowId, accepted: true });
    // The removed pair is not proposed again, and the mentee's one other fitting mentor is taken: they wait.
    expect(rerun.rows.find((row) => row.mentee.id === second)).toBeUndefined();
    expect(rerun.waiting.find((w) => w.id === second)).toMatchObject({ reason: "MENTORS_FULL" });
    expect([tutorA, tutorB].sort()).toEqual([firstRow.mentorId, secondRow.mentorId].sort());
    expect(rerun.exclusions).toBe(1);

    data(await clearMatchExclusions({ version: await version() }));
    expect((await draft()).exclusions).toBe(0);
  });

  it("replaces a mentor with another who fits and has room, and refuses one who is full", async () => {
    const { curator, pupil, teacher, draft, version } = await matchingSchool("Подбор-3");
    const mentee = await pupil(["GIFTEDNESS"]);
    const busy = await pupil(["GIFTEDNESS"]);
    await teacher(["GIFTEDNESS"]);
    await teacher(["GIFTEDNESS"]);
    const spare = await teacher(["POOR_PERFORMANCE"]);
    actAs(curator);
    data(await runMatching({ version: await version(), objective: "MOST_MATCHED" }));
    const rows = (await draft()).rows;
    const row = rows.find((r) => r.mentee.id === mentee)!;
    const full = rows.find((r) => r.mentee.id === busy)!.mentorId;

    const refused = await replaceDraftMentor({ version: await version(), rowId: row.rowId, mentorId: full });
    expect(refused).toMatchObject({ ok: false, code: "INVALID" });
    expect(refused.ok ? "" : refused.fieldErrors?.mentorId?.join()).toMatch(/нет свободных мест/);

    data(await replaceDraftMentor({ version: await version(), rowId: row.rowId, mentorId: spare }));
    const replaced = (await draft()).rows.find((r) => r.mentee.id === mentee);
    expect(replaced).toMatchObject({ mentorId: spare, accepted: true });
  });

  it("gathers the mentees with a mentor's common request into one group", async () => {
    const { curator, pupil, teacher, draft, version, school } = await matchingSchool("Подбор-4");
    const a = await pupil(["CAREER_CHOICE"]);
    const b = await pupil(["CAREER_CHOICE"]);
    const c = await pupil(["CAREER_CHOICE"]);
    const leader = await teacher(["CAREER_CHOICE"], 3, "CAREER_CHOICE");
    actAs(curator);
    data(await runMatching({ version: await version(), objective: "MOST_MATCHED" }));
    const rows = (await draft()).rows;
    expect(rows.map((r) => r.mentee.id).sort()).toEqual([a, b, c].sort());
    expect(new Set(rows.map((r) => r.mentorshipId)).size).toBe(1);
    const group = await db().mentorship.findUniqueOrThrow({ where: { id: rows[0].mentorshipId } });
    expect(group).toMatchObject({ mentorId: leader, format: "GROUP", status: "FORMING", schoolId: school.schoolId });
  });

  it("sends only accepted pairs to the director", async () => {
    const { curator, pupil, teacher, draft, version, school } = await matchingSchool("Подбор-5");
    await pupil(["GIFTEDNESS"]);
    await teacher(["GIFTEDNESS"]);
    actAs(curator);
    data(await runMatching({ version: await version(), objective: "MOST_MATCHED" }));
    const ids = (await draft()).rows.map((r) => r.mentorshipId);
    const refused = await submitOrderDraft({ mentorshipIds: ids });
    expect(refused).toMatchObject({ ok: false, code: "INVALID" });
    expect(refused.ok ? "" : refused.error).toMatch(/непринятые/);
    expect(data(await acceptAllDraftPairs({ version: await version() }))).toEqual({ accepted: 1 });
    expect((await submitOrderDraft({ mentorshipIds: ids })).ok).toBe(true);
    expect(await db().pairOrder.count({ where: { schoolId: school.schoolId, status: "PENDING" } })).toBe(1);
  });

  it("uses the curator's settings: a must criterion filters pairs out", async () => {
    const { curator, pupil, teacher, draft, version } = await matchingSchool("Подбор-6");
    const mentee = await pupil(["GIFTEDNESS"]);
    await teacher(["POOR_PERFORMANCE"]);
    actAs(curator);
    const invalid = await saveMatchSettings({
      ...defaultMatchSettings,
      criteria: { ...defaultMatchSettings.criteria, REQUESTS: { weight: 11, must: true } },
    });
    expect(invalid).toMatchObject({ ok: false, code: "INVALID" });
    expect(invalid.ok ? {} : invalid.fieldErrors).toHaveProperty("criteria");
    data(
      await saveMatchSettings({
        ...defaultMatchSettings,
        criteria: { ...defaultMatchSettings.criteria, REQUESTS: { weight: 5, must: true } },
      }),
    );
    expect((await draft()).settings.criteria.REQUESTS).toEqual({ weight: 5, must: true });
    data(await runMatching({ version: await version(), objective: "MOST_MATCHED" }));
    const after = await draft();
    expect(after.rows).toHaveLength(0);
    expect(after.waiting.find((w) => w.id === mentee)).toMatchObject({ reason: "NO_ELIGIBLE_MENTOR" });
  });

  it("reads the mentee's formats and times the curator recorded", async () => {
    const { curator, school, pupil } = await matchingSchool("Подбор-7");
    const menteeId = await pupil(["GIFTEDNESS"]);
    const { personId } = await db().menteeProfile.findUniqueOrThrow({ where: { id: menteeId }, select: { personId: true } });
    actAs(curator);
    const bad = await updateMenteeMatchingProfile({
      personId,
      preferredFormats: [],
      availabilitySlots: ["SUN_NIGHT"],
      traits: [],
    });
    expect(bad).toMatchObject({ ok: false, code: "INVALID" });
    data(
      await updateMenteeMatchingProfile({
        personId,
        preferredFormats: ["ONLINE"],
        availabilitySlots: ["MON_AFTERNOON"],
        traits: ["QUIET"],
      }),
    );
    expect(await db().menteeProfile.findUniqueOrThrow({ where: { id: menteeId } })).toMatchObject({
      preferredFormats: ["ONLINE"],
      availabilitySlots: ["MON_AFTERNOON"],
      traits: ["QUIET"],
      schoolId: school.schoolId,
    });
    actAs(await other.viewer(other.people.curator));
    expect(
      await updateMenteeMatchingProfile({ personId, preferredFormats: [], availabilitySlots: [], traits: [] }),
    ).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});

describe("what the proposed mentor sees", () => {
  it("nothing of a proposal until the curator accepts it", async () => {
    const { school, pupil, curator, draft, version } = await matchingSchool("Подбор-видимость");
    const mentee = await pupil(["GIFTEDNESS"]);
    const mentorB = await db().mentorProfile.findFirstOrThrow({ where: { person: { userId: school.people.mentorB.userId } } });
    await db().mentorProfile.update({ where: { id: mentorB.id }, data: { capacity: 2, competencyKinds: ["GIFTEDNESS"] } });
    await db().consent.create({
      data: {
        schoolId: school.schoolId,
        textId: (await db().consentText.findFirstOrThrow({ where: { schoolId: school.schoolId } })).id,
        purpose: "MENTORING",
        subjectId: school.people.mentorB.personId,
        giverId: school.people.mentorB.personId,
        giverRole: "SELF",
        method: "PAPER",
        givenOn: today,
      },
    });
    actAs(curator);
    data(await runMatching({ version: await version(), objective: "MOST_MATCHED" }));
    const row = (await draft()).rows.find((r) => r.mentee.id === mentee)!;
    expect(row).toMatchObject({ mentorId: mentorB.id, accepted: false });
    const mentorView = await school.viewer(school.people.mentorB);
    const seen = async () => (await listOwnMentorships(mentorView)).map((p) => p.id);
    expect(await seen()).not.toContain(row.mentorshipId);
    data(await acceptDraftPair({ version: await version(), rowId: row.rowId }));
    expect(await seen()).toContain(row.mentorshipId);
  });
});

describe("who may change the draft", () => {
  it("refuses every role but the curator, and a curator of another school", async () => {
    const { school, pupil, teacher, curator, draft, version } = await matchingSchool("Подбор-права");
    await pupil(["GIFTEDNESS"]);
    await teacher(["GIFTEDNESS"]);
    actAs(curator);
    data(await runMatching({ version: await version(), objective: "MOST_MATCHED" }));
    const row = (await draft()).rows[0];
    const v = await version();
    for (const who of [school.people.director, school.people.mentorA, school.people.menteeA, school.people.parentA]) {
      actAs(await school.viewer(who));
      for (const result of [
        await runMatching({ version: v, objective: "MOST_MATCHED" }),
        await acceptDraftPair({ version: v, rowId: row.rowId }),
        await removeDraftPair({ version: v, rowId: row.rowId }),
        await replaceDraftMentor({ version: v, rowId: row.rowId, mentorId: row.mentorId }),
        await acceptAllDraftPairs({ version: v }),
        await saveMatchSettings(defaultMatchSettings),
      ]) {
        expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
    }
    actAs(await other.viewer(other.people.curator));
    expect(await acceptDraftPair({ version: v, rowId: row.rowId })).toMatchObject({ ok: false });
    expect(await removeDraftPair({ version: v, rowId: row.rowId })).toMatchObject({ ok: false });
    actAs(curator);
    expect((await draft()).rows[0]).toMatchObject({ rowId: row.rowId, accepted: false });
    expect(await version()).toBe(v);
  });
});
