import { beforeAll, describe, expect, it, vi } from "vitest";
import { acceptApplication } from "@/lib/applications/accept-application";
import { declineApplication } from "@/lib/applications/decline-application";
import { listApplications } from "@/lib/applications/list-applications";
import { getApplicationSchool, getApplicationStatus } from "@/lib/applications/public-application-pages";
import { submitApplication } from "@/lib/applications/submit-application";
import { addressGroup, MAX_PUBLIC_APPLICATIONS_PER_IP } from "@/lib/applications/applicant-rules";
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
  consentTextId,
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
    // A second application with the same address is taken too: refusing it would tell a stranger the address applied.
    const again = await submitPublicApplication(form({ email: "gromova@example.ru" }));
    expect(again).toMatchObject({ ok: true });
    if (again.ok) await db().programmeApplication.delete({ where: { id: again.data.id } });
    // A form opened before the school published a new consent text is refused: the applicant agrees to what they read.
    expect(await submitPublicApplication(form({ consentTextId: "an-older-text" }))).toMatchObject({
      ok: false,
      error: expect.stringContaining("обновила текст согласия"),
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
    expect(person.mentor).toMatchObject({
      category: "ALUMNUS",
      competencies: form().text,
      schoolId: school.schoolId,
      contact: "gromova@example.ru, +7 900 123-45-67",
    });
    // The name and contacts now live in the person and the mentor's card only.
    expect(accepted).toMatchObject({ applicantLastName: null, applicantEmail: null, applicantPhone: null });
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
    // An IPv6 subscriber's /48 network counts as one address (a /56 gives them 256 /64s to rotate through).
    for (let i = 0; i < MAX_PUBLIC_APPLICATIONS_PER_IP; i++) {
      request.ip = `2001:db8:1:${i + 1}::1`;
      expect((await submitPublicApplication(form({ email: `v6-${i}@example.ru` }))).ok).toBe(true);
    }
    request.ip = "2001:db8:1:ff::9";
    expect((await submitPublicApplication(form({ email: "v6-last@example.ru" }))).ok).toBe(false);
  });

  it("tells the curators of the form's applications at most once an hour, and never closes the form", async () => {
    actAs(null);
    const before = await curatorNotices(school);
    for (let i = 0; i < 3; i++) {
      request.ip = `10.2.0.${i + 1}`;
      expect((await submitPublicApplication(form({ email: `burst-${i}@example.ru` }))).ok).toBe(true);
    }
    expect(await curatorNotices(school)).toBeLessThanOrEqual(before + 1);
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

describe("the address an applications limit counts", () => {
  it("is an IPv4 address as it is, and an IPv6 address by its /48 network", () => {
    expect(addressGroup("10.1.0.1")).toBe("10.1.0.1");
    expect(addressGroup("2001:db8:1:2::1")).toBe("2001:db8:1::/48");
    expect(addressGroup("2001:0DB8:0001:00ff:ffff:1:2:3")).toBe("2001:db8:1::/48");
    expect(addressGroup("::1")).toBe("0:0:0::/48");
  });
});
