import { beforeAll, describe, expect, it } from "vitest";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { loadViewer } from "@/lib/auth/load-viewer";
import { hashPassword } from "@/lib/auth/password";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import type { Viewer } from "@/lib/auth/viewer";
import type { Role } from "@/lib/generated/prisma/enums";
import { getMunicipalReport } from "@/lib/municipality/get-municipal-report";
import { getMunicipalSchool } from "@/lib/municipality/get-municipal-school";
import { municipalReportDocument } from "@/lib/municipality/municipal-report-document";
import { createCoordinatorAccount } from "@/lib/platform/create-coordinator-action";
import { createSchoolWithAdmin } from "@/lib/platform/create-school-with-admin";
import { hashInvitationCode } from "@/lib/invitations/invitation-code";
import { newSchoolSchema } from "@/lib/platform/new-school-schema";
import { directorReportDocument } from "@/lib/reports/director-report-document";
import { getDrillDown } from "@/lib/reports/drill-down/get-drill-down";
import { reportDocx } from "@/lib/reports/export/report-docx";
import { reportPdf } from "@/lib/reports/export/report-pdf";
import { reportXlsx } from "@/lib/reports/export/report-xlsx";
import type { ReportDocument } from "@/lib/reports/export/report-document";
import { getDirectorReport } from "@/lib/reports/get-director-report";
import { getMonitoring } from "@/lib/monitoring/get-monitoring";
import { queryMonitoringGrowth } from "@/lib/reports/sql/query-monitoring-growth";
import { createKpiSchool } from "../support/kpi-school";
import { monitoringBuilder } from "../support/monitoring-fixture";
import { createSchoolFixture } from "../support/school-fixture";
import { docxText, xlsxRows } from "../support/read-office-files";
import { pdfText } from "../support/read-pdf-text";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const today = new Date(Date.UTC(2026, 11, 1));
let five: Awaited<ReturnType<typeof createKpiSchool>>;
let four: Awaited<ReturnType<typeof createKpiSchool>>;
let outside: Awaited<ReturnType<typeof createKpiSchool>>;
let coordinator: Viewer;

async function viewerOf(userId: string, schoolId?: string) {
  const user = await database.db.user.findUniqueOrThrow({ where: { id: userId } });
  return (await loadViewer(database.db, user.id, user.sessionVersion, schoolId))!;
}

async function userWith(roles: Role[], schoolId: string) {
  const user = await database.db.user.create({
    data: {
      login: `role-${roles.join("-")}-${Math.random()}`,
      displayName: "Проверка Ролей",
      passwordHash: "not-a-real-hash",
      memberships: { create: roles.map((role) => ({ schoolId, role })) },
    },
  });
  return viewerOf(user.id, schoolId);
}

/** Every text of the three files of a report document, with any run of white space (a wrapped cell) as one space. */
async function filesText(doc: ReportDocument) {
  const sheets = await xlsxRows(await reportXlsx(doc));
  const texts = {
    xlsx: Object.values(sheets).flat(2).join("\n"),
    docx: await docxText(await reportDocx(doc)),
    pdf: await pdfText(await reportPdf(doc)),
  };
  return Object.fromEntries(Object.entries(texts).map(([format, text]) => [format, text.replace(/\s+/g, " ")]));
}

beforeAll(async () => {
  const db = database.db;
  five = await createKpiSchool(db, "пять", [6, 7, 8, 9, 10]);
  four = await createKpiSchool(db, "четыре", [6, 7, 8, 9]);
  outside = await createKpiSchool(db, "соседи", [5, 5, 5, 5, 5]);
  const ours = await db.municipality.create({ data: { name: "Округ" } });
  const theirs = await db.municipality.create({ data: { name: "Соседний округ" } });
  await db.school.updateMany({ where: { id: { in: [five.schoolId, four.schoolId] } }, data: { municipalityId: ours.id } });
  await db.school.update({ where: { id: outside.schoolId }, data: { municipalityId: theirs.id } });
  const user = await db.user.create({
    data: {
      login: "coordinator-test",
      displayName: "Координатор Тестовый",
      passwordHash: "not-a-real-hash",
      municipalMemberships: { create: { municipalityId: ours.id } },
    },
  });
  coordinator = await viewerOf(user.id);
});

describe("the municipal coordinator", () => {
  it("signs in bound to a municipality, not a school", async () => {
    expect(coordinator).toMatchObject({ roles: ["COORDINATOR"], schoolId: "", municipality: { name: "Округ" } });
    await database.db.user.update({
      where: { id: coordinator.userId },
      data: { passwordHash: await hashPassword("coordinator-password") },
    });
    const signedIn = await verifyCredentials(
      database.db,
      { login: "coordinator-test", password: "coordinator-password" },
      "127.0.0.9",
    );
    expect(signedIn?.id).toBe(coordinator.userId);
    // Switched off in the municipality, the account has nothing left to sign in to.
    await database.db.municipalMembership.updateMany({
      where: { userId: coordinator.userId },
      data: { deactivatedAt: new Date() },
    });
    expect(
      await verifyCredentials(database.db, { login: "coordinator-test", password: "coordinator-password" }, "127.0.0.9"),
    ).toBeNull();
    expect(await loadViewer(database.db, coordinator.userId, 1)).toBeNull();
    await database.db.municipalMembership.updateMany({ where: { userId: coordinator.userId }, data: { deactivatedAt: null } });
  });

  it("changes their own password, audited without a school", async () => {
    actAs(coordinator);
    const changed = await changeOwnPassword({
      currentPassword: "coordinator-password",
      password: "new-coordinator-password",
      passwordConfirm: "new-coordinator-password",
    });
    expect(changed.ok).toBe(true);
    const entry = await database.db.auditEntry.findFirst({
      where: { userId: coordinator.userId },
      orderBy: { createdAt: "desc" },
    });
    expect(entry).toMatchObject({ schoolId: null });
    actAs(null);
  });

  it("sees each school's KPIs and the total, computed in SQL, with small groups hidden", async () => {
    const report = await getMunicipalReport(coordinator, today);
    expect(report.schools.map((s) => s.schoolId).sort()).toEqual([five.schoolId, four.schoolId].sort());
    const big = report.schools.find((s) => s.schoolId === five.schoolId)!;
    expect(big).toMatchObject({
      coverage: { part: 2, total: 5, percent: 40 },
      youngTeachers: { part: 1, total: 3, percent: 33.3 },
      teacherMentors: { part: 2, total: 5, percent: 40 },
      menteesPaired: { part: 6, total: 7, percent: 85.7 },
      satisfaction: 8,
      stage: "PAIR_WORK",
      overdueItems: 2,
    });
    expect(report.schools.find((s) => s.schoolId === four.schoolId)).toMatchObject({ satisfaction: null, satisfactionPeople: 4 });
    expect(report.total).toMatchObject({ coverage: { part: 4, total: 10, percent: 40 }, overdueItems: 4 });
    // The total would give the four away (total minus the five): hidden as well.
    expect(report.total.satisfaction).toBeNull();
    expect(report.ranking.map((r) => [r.place, r.percent, r.reached])).toEqual([
      [1, 40, false],
      [2, 40, false],
    ]);
    expect(report.trends.find((t) => t.month === "2026-10")).toEqual({
      month: "2026-10",
      covered: 8,
      meetings: 4,
      pairsAtRisk: 6,
      coveragePercent: 80,
    });
  });

  it("is refused any school outside the municipality, and the school's own pages", async () => {
    await expect(getMunicipalSchool(coordinator, outside.schoolId, today)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getMunicipalSchool(coordinator, "no-such-school", today)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getMunicipalSchool(coordinator, four.schoolId, today)).school.schoolName).toBe("Школа четыре");
    await expect(getDirectorReport(coordinator, today)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getDrillDown(coordinator, {}, today)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a school's staff are refused the municipality's view", async () => {
    const director = await viewerOf(five.directorId, five.schoolId);
    await expect(getMunicipalReport(director, today)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getMunicipalSchool(director, four.schoolId, today)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("exports XLSX, DOCX and PDF with the figures and no person's name", async () => {
    const doc = municipalReportDocument(await getMunicipalReport(coordinator, today), today);
    const names = (await database.db.person.findMany({ select: { lastName: true } })).map((p) => p.lastName);
    expect(names.length).toBeGreaterThan(20);
    for (const [format, text] of Object.entries(await filesText(doc))) {
      expect(text, format).toContain("Школа пять");
      expect(text, format).toContain("Школа четыре");
      expect(text, format).toMatch(/33[,.]3/);
      expect(text, format).toMatch(/85[,.]7/);
      expect(text, format).toMatch(/скрыто: менее 5 чел\./);
      expect(text, format).not.toContain("Школа соседи");
      for (const name of names) expect(text, `${format}: ${name}`).not.toMatch(new RegExp(`(?<![а-яё])${name}(?![а-яё])`, "iu"));
    }
  });
});

describe("the director's report", () => {
  it("exports XLSX, DOCX and PDF with the KPIs", async () => {
    const viewer = await viewerOf(five.directorId, five.schoolId);
    const doc = directorReportDocument(await getDirectorReport(viewer, today), viewer.schoolName, today);
    for (const [format, text] of Object.entries(await filesText(doc))) {
      expect(text, format).toContain("Охват обучающихся от 10 лет");
      expect(text, format).toMatch(/33[,.]3/);
      expect(text, format).toMatch(/85[,.]7/);
      expect(text, format).toContain("Организация работы пар");
      expect(text, format).toContain("Октябрь 2026");
    }
  });
});

describe("the drill-down", () => {
  it("is refused to every role but the director and the curator", async () => {
    for (const role of ["ADMIN", "MENTOR", "MENTEE", "PARENT", "PSYCHOLOGIST"] as const) {
      const viewer = await userWith([role], five.schoolId);
      await expect(getDrillDown(viewer, {}, today), role).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await getDrillDown(await viewerOf(five.curatorId, five.schoolId), {}, today)).pairs).toHaveLength(4);
  });

  it("goes by parallel, class and form down to the pairs, in the viewer's school only", async () => {
    const viewer = await viewerOf(five.directorId, five.schoolId);
    const all = await getDrillDown(viewer, {}, today);
    expect(all.byGrade).toEqual([
      { grade: 4, pupils: 1, covered: 0, percent: 0 },
      { grade: 7, pupils: 1, covered: 0, percent: 0 },
      { grade: 8, pupils: 2, covered: 1, percent: 50 },
      { grade: 10, pupils: 1, covered: 1, percent: 100 },
    ]);
    const eighth = await getDrillDown(viewer, { grade: 8, classLetter: "А" }, today);
    expect(eighth.byClass).toEqual([{ grade: 8, classLetter: "А", pupils: 2, covered: 1, percent: 50 }]);
    // The 1st pupil's working pair and the 7th's completed one.
    expect(eighth.pairs.map((p) => [p.form, p.status])).toEqual(
      expect.arrayContaining([
        ["PUPIL_PUPIL", "ACTIVE"],
        ["TEACHER_PUPIL", "COMPLETED"],
      ]),
    );
    expect(eighth.pairs).toHaveLength(2);
    const teachers = await getDrillDown(viewer, { form: "TEACHER_TEACHER" }, today);
    expect(teachers.pairs.map((p) => p.mentor)).toEqual(["Опытный Тест"]);
    const names = JSON.stringify(all.pairs);
    expect(names).not.toContain("пять");
  });
});

describe("the platform operator", () => {
  it("creates a school in a municipality with its first admin's one-time code, once per address", async () => {
    const input = newSchoolSchema.parse({
      municipalityName: "Округ",
      schoolName: "МБОУ «Новая школа»",
      shortName: "Новая",
      slug: "Novaya-1",
      adminLastName: "Админова",
      adminFirstName: "Анна",
    });
    const created = await createSchoolWithAdmin(database.db, input, null);
    const school = await database.db.school.findUniqueOrThrow({
      where: { slug: "novaya-1" },
      include: { municipalityRef: true },
    });
    expect(school.municipalityRef?.name).toBe("Округ");
    const invitation = await database.db.invitation.findUniqueOrThrow({ where: { codeHash: hashInvitationCode(created.code) } });
    expect(invitation).toMatchObject({ schoolId: school.id, role: "STAFF", roles: ["ADMIN"], usedAt: null });
    await expect(createSchoolWithAdmin(database.db, input, null)).rejects.toMatchObject({ code: "INVALID" });
    expect(await database.db.school.count({ where: { slug: "novaya-1" } })).toBe(1);
    // The new school counts in the coordinator's view at once (with nothing in it yet).
    expect((await getMunicipalReport(coordinator, today)).schools).toHaveLength(3);
  });
});

describe("the platform operator's coordinators", () => {
  it("creates a coordinator of a municipality who signs in with the temporary password; others are refused", async () => {
    const db = database.db;
    const municipality = await db.municipality.findUniqueOrThrow({ where: { name: "Округ" } });
    const operatorUser = await db.user.create({
      data: { login: "operator-test", displayName: "Оператор", passwordHash: "x", platformOperator: { create: {} } },
    });
    const input = { municipalityId: municipality.id, lastName: "Белова", firstName: "Татьяна", login: "Belova.T" };
    for (const refused of [await userWith(["ADMIN"], five.schoolId), coordinator]) {
      actAs(refused);
      expect(await createCoordinatorAccount(input)).toMatchObject({ ok: false, error: expect.stringContaining("прав") });
    }
    actAs(await viewerOf(operatorUser.id));
    expect(await createCoordinatorAccount({ ...input, municipalityId: "no-such" })).toMatchObject({
      ok: false,
      fieldErrors: { municipalityId: [expect.any(String)] },
    });
    const created = await createCoordinatorAccount(input);
    expect(created).toMatchObject({ ok: true, data: { login: "belova.t", municipalityName: "Округ" } });
    if (!created.ok) return;
    expect(await createCoordinatorAccount({ ...input, lastName: "Другая" })).toMatchObject({
      ok: false,
      fieldErrors: { login: ["Такой логин уже занят."] },
    });
    const signedIn = await verifyCredentials(db, { login: "belova.t", password: created.data.password }, "127.0.0.8");
    expect(signedIn).not.toBeNull();
    expect(await viewerOf(signedIn!.id)).toMatchObject({
      roles: ["COORDINATOR"],
      schoolId: "",
      displayName: "Белова Татьяна",
      municipality: { name: "Округ" },
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: signedIn!.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).not.toContain(created.data.password);
    expect(await db.auditEntry.count({ where: { action: "coordinator.create", entityId: signedIn!.id, schoolId: null } })).toBe(
      1,
    );
    actAs(null);
  });
});

describe("monitoring growth in SQL", () => {
  it("gives the same before, after and share improved as the school's own monitoring, hiding small groups", async () => {
    const fixture = await createSchoolFixture(database.db, "Мониторинг");
    const build = monitoringBuilder(database.db, fixture);
    const template = await build.template("MONITORING", "MENTEE", ["Стресс", "Интерес"], ["STRESS", "LEARNING_INTEREST"]);
    const before = await build.campaign(template, "BEFORE");
    const after = await build.campaign(template, "AFTER");
    // Stress (lower is better) of five participants: 6 → 4, 4, 4, 8, 4; interest of only three of them.
    for (const [i, later] of [4, 4, 4, 8, 4].entries()) {
      const { menteePersonId } = await build.pair("TEACHER_PUPIL");
      await build.respond(template, before.id, menteePersonId, i < 3 ? [6, 5] : [6]);
      await build.respond(template, after.id, menteePersonId, i < 3 ? [later, 7] : [later]);
    }
    const rows = await queryMonitoringGrowth(database.db, [fixture.schoolId]);
    expect(rows).toEqual([
      { schoolId: fixture.schoolId, parameter: "LEARNING_INTEREST", people: 3, before: null, after: null, improvedPercent: null },
      { schoolId: fixture.schoolId, parameter: "STRESS", people: 5, before: 6, after: 4.8, improvedPercent: 80 },
    ]);
    const monitoring = await getMonitoring(await fixture.viewer(fixture.people.curator), { participants: false });
    const stress = monitoring!.growth.find((g) => g.parameter.code === "STRESS")!.overall;
    expect(stress).toMatchObject({ shown: true, value: { before: 6, after: 4.8, delta: -1.2, improvedPercent: 80 } });
  });
});
