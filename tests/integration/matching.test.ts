import { subDays, subYears } from "date-fns";
import { beforeAll, describe, expect, it } from "vitest";
import type { ConsentGiverRole, MentorCategory, MentoringForm, WorkFormat } from "@/lib/generated/prisma/enums";
import { createMentorship } from "@/lib/matching/create-mentorship";
import { listMentorships } from "@/lib/matching/list-mentorships";
import { loadMatchCandidates } from "@/lib/matching/load-match-candidates";
import { todayCalendarDate } from "@/lib/format/date";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const db = () => database.db;
let school: SchoolFixture;
let other: SchoolFixture;
let textId: string;
const today = todayCalendarDate("Europe/Moscow");

beforeAll(async () => {
  school = await createSchoolFixture(db(), "Подбор");
  other = await createSchoolFixture(db(), "Чужая");
  textId = (
    await db().consentText.create({
      data: { schoolId: school.schoolId, purpose: "MENTORING", version: 1, title: "Согласие", body: "Текст" },
    })
  ).id;
});

async function consent(subjectId: string, giverRole: ConsentGiverRole, withdrawn = false) {
  await db().consent.create({
    data: {
      schoolId: school.schoolId,
      textId,
      purpose: "MENTORING",
      subjectId,
      giverId: subjectId,
      giverRole,
      method: "PAPER",
      givenOn: today,
      withdrawnAt: withdrawn ? new Date() : null,
    },
  });
}

/** A pupil of the given age in the mentee base, with the consents listed. */
async function pupil(age: number, consents: ConsentGiverRole[] = ["PARENT"], withdrawn = false) {
  const person = await db().person.create({
    data: {
      schoolId: school.schoolId,
      lastName: `Ученик${age}`,
      firstName: "Тест",
      birthDate: subDays(subYears(today, age), 30),
      pupil: { create: { schoolId: school.schoolId, grade: Math.max(1, age - 7), classLetter: "В" } },
      mentee: { create: { schoolId: school.schoolId, kind: "PUPIL" } },
    },
    select: { id: true, mentee: { select: { id: true } } },
  });
  for (const role of consents) await consent(person.id, role, withdrawn);
  return person.mentee!.id;
}

async function mentor(
  category: MentorCategory,
  extra: { certificateIssuedOn?: Date; status?: "READY" | "TRAINED"; consent?: boolean } = {},
) {
  const person = await db().person.create({
    data: {
      schoolId: school.schoolId,
      lastName: `Наставник-${category}`,
      firstName: "Тест",
      mentor: {
        create: {
          schoolId: school.schoolId,
          category,
          status: extra.status ?? "READY",
          capacity: 2,
          certificateIssuedOn: extra.certificateIssuedOn,
        },
      },
    },
    select: { id: true, mentor: { select: { id: true } } },
  });
  if (extra.consent !== false) await consent(person.id, "SELF");
  return person.mentor!.id;
}

const pair = (
  mentorId: string,
  menteeIds: string[],
  form: MentoringForm = "TEACHER_PUPIL",
  format: WorkFormat = "INDIVIDUAL",
) => ({ mentorId, menteeIds, form, format, goal: "Учёба" });

describe("forming a pair", () => {
  it("creates a forming pair in the latest programme when everyone is eligible", async () => {
    actAs(await school.viewer(school.people.curator));
    const menteeId = await pupil(12);
    const result = await createMentorship(pair(await mentor("TEACHER"), [menteeId]));
    expect(result.ok).toBe(true);
    const created = await db().mentorship.findUniqueOrThrow({
      where: { id: result.ok ? result.data.id : "" },
      include: { mentees: true },
    });
    expect(created).toMatchObject({ status: "FORMING", programmeId: school.programme.id, schoolId: school.schoolId });
    expect(created.mentees.map((m) => m.menteeId)).toEqual([menteeId]);
  });

  it("refuses a pupil without consent, and writes nothing", async () => {
    actAs(await school.viewer(school.people.curator));
    const before = await db().mentorship.count();
    const result = await createMentorship(pair(await mentor("TEACHER"), [await pupil(12, [])]));
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    expect(result.ok ? [] : result.fieldErrors?.menteeIds?.join()).toMatch(/нет согласия родителя/);
    expect(await db().mentorship.count()).toBe(before);
  });

  it("needs both the pupil's and a parent's consent from 14 to 17", async () => {
    actAs(await school.viewer(school.people.curator));
    const teacher = await mentor("TEACHER");
    const parentOnly = await createMentorship(pair(teacher, [await pupil(15, ["PARENT"])]));
    expect(parentOnly.ok ? "" : parentOnly.fieldErrors?.menteeIds?.join()).toMatch(/нет согласия самого участника/);
    expect((await createMentorship(pair(teacher, [await pupil(15, ["PARENT", "SELF"])]))).ok).toBe(true);
  });

  it("refuses a pupil whose consent was withdrawn", async () => {
    actAs(await school.viewer(school.people.curator));
    const result = await createMentorship(pair(await mentor("TEACHER"), [await pupil(11, ["PARENT"], true)]));
    expect(result.ok ? "" : result.fieldErrors?.menteeIds?.join()).toMatch(/отозвано/);
  });

  it("refuses an outside mentor without a valid certificate of no criminal record", async () => {
    actAs(await school.viewer(school.people.curator));
    const none = await createMentorship(pair(await mentor("PARTNER_EMPLOYEE"), [await pupil(12)], "EMPLOYER_PUPIL"));
    expect(none.ok ? "" : none.fieldErrors?.mentorId?.join()).toMatch(/Нет справки о несудимости/);
    const stale = await createMentorship(
      pair(await mentor("PARTNER_EMPLOYEE", { certificateIssuedOn: subYears(today, 2) }), [await pupil(12)], "EMPLOYER_PUPIL"),
    );
    expect(stale.ok ? "" : stale.fieldErrors?.mentorId?.join()).toMatch(/устарела/);
    const fresh = await createMentorship(
      pair(await mentor("PARTNER_EMPLOYEE", { certificateIssuedOn: subDays(today, 20) }), [await pupil(12)], "EMPLOYER_PUPIL"),
    );
    expect(fresh.ok).toBe(true);
  });

  it("refuses a mentor who is not ready, has no consent, or has no free places", async () => {
    actAs(await school.viewer(school.people.curator));
    const trained = await createMentorship(pair(await mentor("TEACHER", { status: "TRAINED" }), [await pupil(12)]));
    expect(trained.ok ? "" : trained.fieldErrors?.mentorId?.join()).toMatch(/не готов/);
    const noConsent = await createMentorship(pair(await mentor("TEACHER", { consent: false }), [await pupil(12)]));
    expect(noConsent.ok ? "" : noConsent.fieldErrors?.mentorId?.join()).toMatch(/Нет согласия/);
    const busy = await mentor("TEACHER");
    expect((await createMentorship(pair(busy, [await pupil(12), await pupil(12)], "TEACHER_PUPIL", "GROUP"))).ok).toBe(true);
    const full = await createMentorship(pair(busy, [await pupil(12)]));
    expect(full.ok ? "" : full.fieldErrors?.mentorId?.join()).toMatch(/не больше 2/);
  });

  it("checks the form and the format, and a mentee already in a pair", async () => {
    actAs(await school.viewer(school.people.curator));
    const menteeId = await pupil(12);
    const wrongForm = await createMentorship(pair(await mentor("SENIOR_PUPIL"), [menteeId]));
    expect(wrongForm.ok ? "" : wrongForm.fieldErrors?.form?.join()).toMatch(/не работает в выбранной форме/);
    const twoAlone = await createMentorship(pair(await mentor("TEACHER"), [menteeId, await pupil(12)]));
    expect(twoAlone.ok ? "" : twoAlone.fieldErrors?.format?.join()).toMatch(/один наставляемый/);
    expect((await createMentorship(pair(await mentor("TEACHER"), [menteeId]))).ok).toBe(true);
    const again = await createMentorship(pair(await mentor("TEACHER"), [menteeId]));
    expect(again.ok ? "" : again.fieldErrors?.menteeIds?.join()).toMatch(/уже в паре/);
  });

  it("puts a mentee into one pair only when two curators form pairs at the same moment", async () => {
    actAs(await school.viewer(school.people.curator));
    const menteeId = await pupil(12);
    const [first, second] = await Promise.all([
      createMentorship(pair(await mentor("TEACHER"), [menteeId])),
      createMentorship(pair(await mentor("TEACHER"), [menteeId])),
    ]);
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
    expect(await db().mentorshipMentee.count({ where: { menteeId } })).toBe(1);
  });

  it("is refused to mentors and directors, and for another school's people", async () => {
    const input = pair(await mentor("TEACHER"), [await pupil(12)]);
    actAs(await school.viewer(school.people.mentorA));
    expect(await createMentorship(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await school.viewer(school.people.director));
    expect(await createMentorship(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await other.viewer(other.people.curator));
    expect(await createMentorship(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("shows the pairs and the candidates to the curator only, of their own school", async () => {
    const curator = await school.viewer(school.people.curator);
    const { mentorships } = await listMentorships(curator);
    expect(mentorships.length).toBeGreaterThan(0);
    expect(mentorships.every((p) => p.id !== other.pairA.mentorshipId)).toBe(true);
    expect((await loadMatchCandidates(await other.viewer(other.people.curator))).mentees.map((m) => m.id)).not.toContain(
      school.pairA.menteeId,
    );
    for (const who of [school.people.mentorA, school.people.director, school.people.parentA]) {
      const viewer = await school.viewer(who);
      await expect(listMentorships(viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(loadMatchCandidates(viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
