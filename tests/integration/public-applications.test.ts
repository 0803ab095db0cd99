import { beforeAll, describe, expect, it, vi } from "vitest";
import { acceptApplication } from "@/lib/applications/accept-application";
import { declineApplication } from "@/lib/applications/decline-application";
import { listApplications } from "@/lib/applications/list-applications";
import { getApplicationSchool, getApplicationStatus } from "@/lib/applications/public-application-pages";
import { submitApplication } from "@/lib/applications/submit-application";
import { MAX_PUBLIC_APPLICATIONS_PER_IP } from "@/lib/applications/applicant-rules";
import { submitPublicApplication } from "@/lib/applications/submit-public-application";
import { pruneOldRecords } from "@/lib/jobs/prune-old-records";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

// The caller's address, for the limit of applications per address.
const request = vi.hoisted(() => ({ ip: "10.1.0.1" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "school.test", "x-forwarded-for": request.ip }),
  cookies: async () => ({ get: () => undefined }),
}));

const database = useTestDatabase();
const db = () => database.db;
let school: SchoolFixture;
let other: SchoolFixture;
let slug: string;
let consentTextId: string;

const form = (overrides: Record<string, unknown> = {}) => ({
  schoolSlug: slug,
  lastName: "Громова",
  firstName: "Елена",
  middleName: "Игоревна",
  email: "Gromova@Example.ru",
  phone: "+7 900 123-45-67",
  category: "ALUMNUS" as const,
  text: "Выпускница школы, инженер-конструктор: помогу с физикой и проектами",
  consent: true as const,
  ...overrides,
});

const curatorNotices = (fixture: SchoolFixture) =>
  db().notification.count({ where: { userId: fixture.people.curator.userId, kind: "APPLICATION_SUBMITTED" } });

beforeAll(async () => {
  school = await createSchoolFixture(db(), "Открытая");
  other = await createSchoolFixture(db(), "Соседняя");
  slug = (await db().school.findUniqueOrThrow({ where: { id: school.schoolId } })).slug;
  const text = await db().consentText.create({
    data: { schoolId: school.schoolId, purpose: "MENTORING", version: 1, title: "Согласие", body: "Текст согласия" },
  });
  consentTextId = text.id;
});

describe("an outside adult applies to be a mentor without an account", () => {
  it("refuses the form without consent, with a bad address, for an unknown school or one without a consent text", async () => {
    actAs(null);
    request.ip = "10.1.0.2";
    expect(await submitPublicApplication({ ...form(), consent: false as never })).toMatchObject({
      ok: false,
      fieldErrors: { consent: [expect.stringContaining("согласия")] },
    });
    expect(await submitPublicApplication(form({ email: "не адрес" }))).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.any(String)] },
    });
    expect(await submitPublicApplication(form({ schoolSlug: "no-such-school" }))).toMatchObject({ ok: false });
    const otherSlug = (await db().school.findUniqueOrThrow({ where: { id: other.schoolId } })).slug;
    expect(await submitPublicApplication(form({ schoolSlug: otherSlug }))).toMatchObject({
      ok: false,
      error: expect.stringContaining("согласия"),
    });
    expect(await getApplicationSchool(otherSlug)).toMatchObject({ consentText: null });
    expect(await db().programmeApplication.count({ where: { schoolId: { in: [school.schoolId, other.schoolId] } } })).toBe(0);
  });

  it("the curator is told, accepts, and the person enters the base of mentors with the consent of the form", async () => {
    actAs(null);
    request.ip = "10.1.0.3";
    const before = await curatorNotices(school);
    const submitted = await submitPublicApplication(form());
    expect(submitted.ok).toBe(true);
    if (!submitted.ok) return;
    expect(await curatorNotices(school)).toBe(before + 1);
    expect(await curatorNotices(other)).toBe(0);
    // One pending application per address.
    expect(await submitPublicApplication(form({ email: "gromova@example.ru" }))).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.any(String)] },
    });
    const stored = await db().programmeApplication.findUniqueOrThrow({ where: { id: submitted.data.id } });
    expect(stored).toMatchObject({ personId: null, applicantEmail: "gromova@example.ru", consentTextId });
    expect(stored.statusTokenHash).not.toBe(submitted.data.statusToken);
    expect(await getApplicationStatus(submitted.data.statusToken)).toMatchObject({ status: "PENDING" });
    expect(await getApplicationStatus("wrong-token")).toBeNull();

    // Another school's curator neither sees nor accepts it.
    actAs(await other.viewer(other.people.curator));
    expect((await listApplications(await other.viewer(other.people.curator))).pending).toHaveLength(0);
    expect((await acceptApplication({ applicationId: submitted.data.id })).ok).toBe(false);

    const curator = await school.viewer(school.people.curator);
    actAs(curator);
    const listed = await listApplications(curator);
    expect(listed.publicFormPath).toBe(`/apply/${slug}`);
    expect(listed.pending.map((application) => application.applicantLastName)).toContain("Громова");
    expect(await acceptApplication({ applicationId: submitted.data.id })).toMatchObject({ ok: true, data: { role: "MENTOR" } });
    const accepted = await db().programmeApplication.findUniqueOrThrow({ where: { id: submitted.data.id } });
    const person = await db().person.findUniqueOrThrow({
      where: { id: accepted.personId! },
      include: { mentor: true, consentsAbout: true },
    });
    expect(person).toMatchObject({ schoolId: school.schoolId, lastName: "Громова", firstName: "Елена", middleName: "Игоревна" });
    expect(person.mentor).toMatchObject({ category: "ALUMNUS", competencies: form().text, schoolId: school.schoolId });
    expect(person.consentsAbout).toEqual([
      expect.objectContaining({
        purpose: "MENTORING",
        giverId: person.id,
        giverRole: "SELF",
        method: "IN_APP",
        textId: consentTextId,
      }),
    ]);
    expect(await getApplicationStatus(submitted.data.statusToken)).toMatchObject({ status: "ACCEPTED" });
  });

  it("a declined applicant reads the reason by the status link; their contacts are dropped, and the record later", async () => {
    actAs(null);
    request.ip = "10.1.0.4";
    const submitted = await submitPublicApplication(form({ email: "ivanov@example.ru", lastName: "Иванов", category: "PARENT" }));
    expect(submitted.ok).toBe(true);
    if (!submitted.ok) return;
    actAs(await school.viewer(school.people.curator));
    const reason = "Сейчас набор наставников закрыт, ждём вас весной";
    expect((await declineApplication({ applicationId: submitted.data.id, reason })).ok).toBe(true);
    expect(await getApplicationStatus(submitted.data.statusToken)).toMatchObject({ status: "DECLINED", declineReason: reason });
    const declined = await db().programmeApplication.findUniqueOrThrow({ where: { id: submitted.data.id } });
    expect(declined).toMatchObject({ applicantEmail: null, applicantPhone: null, personId: null });

    await pruneOldRecords(db(), new Date(Date.now() + 30 * 86_400_000));
    expect(await db().programmeApplication.count({ where: { id: submitted.data.id } })).toBe(1);
    await pruneOldRecords(db(), new Date(Date.now() + 91 * 86_400_000));
    expect(await db().programmeApplication.count({ where: { id: submitted.data.id } })).toBe(0);
  });

  it("limits the applications one address sends", async () => {
    actAs(null);
    request.ip = "10.1.0.5";
    for (let i = 0; i < MAX_PUBLIC_APPLICATIONS_PER_IP; i++) {
      expect((await submitPublicApplication(form({ email: `spam${i}@example.ru` }))).ok).toBe(true);
    }
    expect(await submitPublicApplication(form({ email: "spam-last@example.ru" }))).toMatchObject({
      ok: false,
      error: expect.stringContaining("Слишком много"),
    });
    request.ip = "10.1.0.6";
    expect((await submitPublicApplication(form({ email: "spam-last@example.ru" }))).ok).toBe(true);
  });
});

describe("an application from inside the school", () => {
  it("tells the curators too", async () => {
    const before = await curatorNotices(school);
    actAs(await school.viewer(school.people.parentA));
    const child = await db().person.create({
      data: { schoolId: school.schoolId, lastName: "Открытова", firstName: "Аня", birthDate: new Date(Date.UTC(2015, 1, 1)) },
    });
    await db().pupil.create({ data: { schoolId: school.schoolId, personId: child.id, grade: 5, classLetter: "А" } });
    await db().parentChild.create({
      data: { schoolId: school.schoolId, parentId: school.people.parentA.personId, childId: child.id },
    });
    expect(
      (await submitApplication({ personId: child.id, role: "MENTEE", text: "Хочу найти друзей и подтянуть чтение" })).ok,
    ).toBe(true);
    expect(await curatorNotices(school)).toBe(before + 1);
  });
});
