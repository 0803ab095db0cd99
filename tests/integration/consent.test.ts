import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ANONYMISE_LOCK_KEY, anonymiseDue } from "@/lib/consent/anonymise-due";
import { anonymisePerson } from "@/lib/consent/anonymise-person";
import { currentConsentTexts } from "@/lib/consent/consent-texts";
import { createDefaultConsentTexts } from "@/lib/consent/create-default-consent-texts";
import { getConsentScan } from "@/lib/consent/get-consent-scan";
import { readStoredFile, storeFile } from "@/lib/files/file-store";
import { giveConsent } from "@/lib/consent/give-consent";
import { listClassConsents } from "@/lib/consent/list-class-consents";
import { listDestructionActs } from "@/lib/consent/list-destruction-acts";
import { listOwnConsents } from "@/lib/consent/list-own-consents";
import { loadConsentStatuses } from "@/lib/consent/load-consent-statuses";
import { publishConsentText } from "@/lib/consent/publish-consent-text";
import { recordPaperConsent } from "@/lib/consent/record-paper-consent";
import { stopProgrammeProcessing } from "@/lib/consent/stop-programme-processing";
import { recordConsentWithdrawal, withdrawOwnConsent } from "@/lib/consent/withdraw-consent";
import { calendarDateValue, formatShortDate, todayCalendarDate } from "@/lib/format/date";
import { loadAwardDocuments } from "@/lib/final-event/load-award-documents";
import { logMeeting } from "@/lib/mentorships/log-meeting";
import { updateMeeting } from "@/lib/mentorships/update-meeting";
import { importRoster } from "@/lib/roster/import-roster";
import { previewRosterImport } from "@/lib/roster/preview-roster-import";
import { tombstoneKey } from "@/lib/roster/roster-key";
import { addConsentPerson, bornYearsAgo, linkParent } from "../support/consent-fixture";
import { addResponsesAbout, makePair, makeTeacherMentor } from "../support/consent-programme";
import { rosterForm } from "../support/roster-files";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const DAY = 24 * 3600 * 1000;
const pdf = Buffer.from("%PDF-1.4\n% подписанный бланк согласия\n");
let school: SchoolFixture;
let other: SchoolFixture;
let texts: Required<Awaited<ReturnType<typeof currentConsentTexts>>>;
type Who = { personId: string; userId: string };
let child12: Who, teen15: Who, parentC: Who, adultMentor: Who;
let filesDir: string;

function paper(fields: Record<string, string>, file: { name: string; bytes: Buffer } | null = { name: "Бланк.pdf", bytes: pdf }) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  if (file) form.set("file", new File([new Uint8Array(file.bytes)], file.name));
  return recordPaperConsent(form);
}

const storedFiles = () => fs.readdirSync(filesDir, { recursive: true }).filter((f) => String(f).includes("-")).length;

beforeAll(async () => {
  filesDir = fs.mkdtempSync(path.join(os.tmpdir(), "nst-consent-"));
  process.env.FILES_DIR = filesDir;
  school = await createSchoolFixture(database.db, "Согласия");
  // The school's consent texts are made where a school is made, not when a page reads them.
  await createDefaultConsentTexts(database.db, { id: school.schoolId, name: "Школа Согласия" });
  other = await createSchoolFixture(database.db, "Чужая школа");
  const db = database.db;
  parentC = await addConsentPerson(db, school, "Петрова", { roles: ["PARENT"] });
  child12 = await addConsentPerson(db, school, "Младшев", { roles: ["MENTEE"], birthDate: bornYearsAgo(12), grade: 6 });
  teen15 = await addConsentPerson(db, school, "Старшев", { roles: ["MENTEE"], birthDate: bornYearsAgo(15), grade: 6 });
  adultMentor = await addConsentPerson(db, school, "Взрослов", { roles: ["MENTOR"], birthDate: bornYearsAgo(35) });
  await linkParent(db, school, parentC, child12);
  await linkParent(db, school, parentC, teen15);
  const published = await currentConsentTexts(school.schoolId);
  texts = { MENTORING: published.MENTORING!, PUBLICATION: published.PUBLICATION! };
});

describe("consent texts", () => {
  it("each school gets a Russian text per purpose, version 1, with the school as operator", () => {
    expect(texts.MENTORING).toMatchObject({
      version: 1,
      title: expect.stringContaining("Согласие на обработку персональных данных"),
    });
    expect(texts.MENTORING.body).toContain("Школа Согласия");
    expect(texts.MENTORING.body).toContain("дата рождения");
    expect(texts.PUBLICATION.version).toBe(1);
  });
});

describe("paper consent recorded by the curator", () => {
  it("records the parent's signed form with its scan and an audit entry", async () => {
    actAs(await school.viewer(school.people.curator));
    const result = await paper({
      subjectId: child12.personId,
      giverId: parentC.personId,
      giverRole: "PARENT",
      purpose: "MENTORING",
      textId: texts.MENTORING.id,
      givenOn: "2026-09-01",
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const row = await database.db.consent.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({
      method: "PAPER",
      giverId: parentC.personId,
      giverRole: "PARENT",
      textId: texts.MENTORING.id,
      scanFileName: "Бланк.pdf",
      scanMimeType: "application/pdf",
      recordedById: school.people.curator.userId,
      withdrawnAt: null,
    });
    expect(row.givenOn.toISOString()).toBe("2026-09-01T00:00:00.000Z");
    const audit = await database.db.auditEntry.findFirst({ where: { action: "consent.give", entityId: child12.personId } });
    expect(audit).toMatchObject({ entityType: "Person", userId: school.people.curator.userId });
  });

  it("the scan is given to those who read consents, and the read is logged; not to a parent", async () => {
    const consent = await database.db.consent.findFirstOrThrow({ where: { subjectId: child12.personId, method: "PAPER" } });
    const director = await school.viewer(school.people.director);
    const scan = await getConsentScan(director, consent.id);
    expect(scan).toMatchObject({ fileName: "Бланк.pdf", mimeType: "application/pdf" });
    expect(scan.bytes.equals(pdf)).toBe(true);
    expect(
      await database.db.auditEntry.count({
        where: { action: "person.read", entityId: child12.personId, userId: director.userId },
      }),
    ).toBe(1);
    await expect(getConsentScan(await school.viewer(parentC), consent.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getConsentScan(await other.viewer(other.people.curator), consent.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses a 12-year-old signing for themselves, and writes nothing", async () => {
    actAs(await school.viewer(school.people.curator));
    const [consents, files] = [await database.db.consent.count(), storedFiles()];
    const result = await paper({
      subjectId: child12.personId,
      giverId: child12.personId,
      giverRole: "SELF",
      purpose: "MENTORING",
      textId: texts.MENTORING.id,
      givenOn: "2026-09-01",
    });
    expect(result).toMatchObject({ ok: false, error: "До 14 лет согласие даёт родитель или законный представитель." });
    expect(await database.db.consent.count()).toBe(consents);
    expect(storedFiles()).toBe(files);
  });

  it("refuses a giver who is not linked to the pupil, a disguised scan and a missing scan", async () => {
    actAs(await school.viewer(school.people.curator));
    const base = {
      subjectId: teen15.personId,
      giverRole: "PARENT",
      purpose: "MENTORING",
      textId: texts.MENTORING.id,
      givenOn: "2026-09-01",
    };
    expect(await paper({ ...base, giverId: school.people.parentA.personId })).toMatchObject({
      ok: false,
      fieldErrors: { giverId: ["Выберите родителя, привязанного к этому ученику"] },
    });
    expect(await paper({ ...base, giverId: parentC.personId }, { name: "scan.png", bytes: pdf })).toMatchObject({
      ok: false,
      fieldErrors: { file: ["Содержимое файла не соответствует его расширению"] },
    });
    expect(await paper({ ...base, giverId: parentC.personId }, { name: "scan.docx", bytes: pdf })).toMatchObject({
      ok: false,
      fieldErrors: { file: ["Можно загрузить PDF, JPG или PNG"] },
    });
    expect(await paper({ ...base, giverId: parentC.personId }, null)).toMatchObject({
      ok: false,
      fieldErrors: { file: ["Приложите скан подписанного бланка"] },
    });
    expect(await database.db.consent.count({ where: { subjectId: teen15.personId } })).toBe(0);
  });

  it("is refused to a mentor and to a parent", async () => {
    for (const who of [school.people.mentorA, parentC]) {
      actAs(await school.viewer(who));
      const result = await paper({
        subjectId: child12.personId,
        giverId: parentC.personId,
        giverRole: "PARENT",
        purpose: "PUBLICATION",
        textId: texts.PUBLICATION.id,
        givenOn: "2026-09-01",
      });
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
  });
});

describe("consent given in the app", () => {
  it("a parent gives it for their own child of 15, and the child's own is still needed", async () => {
    actAs(await school.viewer(parentC));
    const result = await giveConsent({
      subjectId: teen15.personId,
      purpose: "MENTORING",
      textId: texts.MENTORING.id,
      agreed: true,
    });
    expect(result).toMatchObject({ ok: true });
    const row = await database.db.consent.findFirstOrThrow({ where: { subjectId: teen15.personId } });
    expect(row).toMatchObject({ method: "IN_APP", giverRole: "PARENT", giverId: parentC.personId, recordedById: parentC.userId });
    expect(row.givenOn.getTime()).toBe(todayCalendarDate("Europe/Moscow").getTime());
    const statuses = await loadConsentStatuses(school.schoolId, [teen15.personId], todayCalendarDate("Europe/Moscow"));
    expect(statuses.get(teen15.personId)).toMatchObject({ valid: false, missing: ["SELF"] });
  });

  it("the same parent cannot give it twice", async () => {
    actAs(await school.viewer(parentC));
    const result = await giveConsent({
      subjectId: teen15.personId,
      purpose: "MENTORING",
      textId: texts.MENTORING.id,
      agreed: true,
    });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("needs the tick that the text was read", async () => {
    actAs(await school.viewer(parentC));
    const result = await giveConsent({
      subjectId: teen15.personId,
      purpose: "PUBLICATION",
      textId: texts.PUBLICATION.id,
      agreed: false as true,
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { agreed: ["Подтвердите, что ознакомились с текстом и даёте согласие"] },
    });
  });

  it("a parent is refused for another family's child and for a child of another school", async () => {
    actAs(await school.viewer(parentC));
    for (const subjectId of [school.people.menteeB.personId, other.people.menteeA.personId]) {
      const result = await giveConsent({ subjectId, purpose: "MENTORING", textId: texts.MENTORING.id, agreed: true });
      expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(
      await database.db.consent.count({ where: { giverId: parentC.personId, subjectId: school.people.menteeB.personId } }),
    ).toBe(0);
  });

  it("a 12-year-old cannot consent for themselves", async () => {
    actAs(await school.viewer(child12));
    const result = await giveConsent({
      subjectId: child12.personId,
      purpose: "MENTORING",
      textId: texts.MENTORING.id,
      agreed: true,
    });
    expect(result).toMatchObject({ ok: false, error: "До 14 лет согласие даёт родитель или законный представитель." });
    expect(await database.db.consent.count({ where: { subjectId: child12.personId, giverRole: "SELF" } })).toBe(0);
  });

  it("a pupil of 15 gives their own, after which the consent is valid and the pupil may be matched", async () => {
    actAs(await school.viewer(teen15));
    const own = await listOwnConsents(await school.viewer(teen15), "self");
    expect(own.map((p) => [p.id, p.refusal])).toEqual([[teen15.personId, null]]);
    const result = await giveConsent({
      subjectId: teen15.personId,
      purpose: "MENTORING",
      textId: texts.MENTORING.id,
      agreed: true,
    });
    expect(result).toMatchObject({ ok: true });
    const statuses = await loadConsentStatuses(school.schoolId, [teen15.personId], todayCalendarDate("Europe/Moscow"));
    expect(statuses.get(teen15.personId)).toMatchObject({ valid: true });
    const rows = await listClassConsents(
      await school.viewer(school.people.curator),
      { grade: 6, classLetter: "Б" },
      "Согласия, класс 6Б",
    );
    expect(rows.find((r) => r.id === teen15.personId)?.eligibility).toEqual({ eligible: true, reasons: [] });
  });

  it("an adult mentor consents for themselves", async () => {
    actAs(await school.viewer(adultMentor));
    const result = await giveConsent({
      subjectId: adultMentor.personId,
      purpose: "MENTORING",
      textId: texts.MENTORING.id,
      agreed: true,
    });
    expect(result).toMatchObject({ ok: true });
    const statuses = await loadConsentStatuses(school.schoolId, [adultMentor.personId], todayCalendarDate("Europe/Moscow"));
    expect(statuses.get(adultMentor.personId)).toMatchObject({ valid: true, requirement: "SELF" });
  });
});

describe("reading consents", () => {
  it("the curator sees the class with statuses and eligibility; the read is logged", async () => {
    const curator = await school.viewer(school.people.curator);
    const rows = await listClassConsents(curator, { grade: 6, classLetter: "Б" }, "Согласия, класс 6Б");
    expect(rows.map((r) => r.id).sort()).toEqual([child12.personId, teen15.personId].sort());
    const child = rows.find((r) => r.id === child12.personId)!;
    expect(child.status.MENTORING.valid).toBe(true);
    expect(child.status.PUBLICATION.valid).toBe(false);
    expect(child.parents.map((p) => p.id)).toEqual([parentC.personId]);
    const reads = await database.db.auditEntry.count({
      where: { action: "person.read", entityId: child12.personId, userId: curator.userId },
    });
    expect(reads).toBeGreaterThan(0);
  });

  it("a pupil without consent is not eligible, with the reason", async () => {
    const curator = await school.viewer(school.people.curator);
    const rows = await listClassConsents(curator, { grade: 7, classLetter: "А" }, "Согласия, класс 7А");
    expect(rows.find((r) => r.id === school.people.menteeA.personId)?.eligibility.eligible).toBe(false);
    expect(rows.find((r) => r.id === school.people.menteeA.personId)?.eligibility.reasons[0]).toMatch(/^Нет согласия|Нет даты/);
  });

  it("a mentor and a parent cannot read the consents list or the destruction acts", async () => {
    for (const who of [school.people.mentorA, parentC]) {
      const viewer = await school.viewer(who);
      await expect(listClassConsents(viewer, { grade: 6, classLetter: "Б" }, "x")).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listDestructionActs(viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("a parent's own list holds only their own children", async () => {
    const rows = await listOwnConsents(await school.viewer(parentC), "children");
    expect(rows.map((r) => r.id).sort()).toEqual([child12.personId, teen15.personId].sort());
    // the paper form the curator recorded was signed by this parent, so the parent may withdraw it here
    expect(rows.find((r) => r.id === child12.personId)?.given).toEqual({ MENTORING: true, PUBLICATION: false });
  });

  it("loadConsentStatuses judges many people in one call and ignores other schools", async () => {
    const statuses = await loadConsentStatuses(
      school.schoolId,
      [child12.personId, school.people.menteeB.personId, other.people.menteeA.personId],
      todayCalendarDate("Europe/Moscow"),
    );
    expect(statuses.get(child12.personId)?.valid).toBe(true);
    expect(statuses.get(school.people.menteeB.personId)?.valid).toBe(false);
    expect(statuses.has(other.people.menteeA.personId)).toBe(false);
  });
});

describe("new text version", () => {
  it("keeps old consents tied to their version; new consents must agree to the new one", async () => {
    actAs(await school.viewer(school.people.curator));
    const published = await publishConsentText({
      purpose: "MENTORING",
      title: "Согласие на обработку персональных данных (ред. 2)",
      body: `${texts.MENTORING.body}\n\n7. Новый пункт.`,
    });
    expect(published).toMatchObject({ ok: true, data: { version: 2 } });
    const old = await database.db.consent.findFirstOrThrow({
      where: { subjectId: child12.personId, purpose: "MENTORING" },
      include: { text: true },
    });
    expect(old.text.version).toBe(1);
    const current = await currentConsentTexts(school.schoolId);
    expect(current.MENTORING?.version).toBe(2);

    actAs(await school.viewer(parentC));
    const stale = await giveConsent({
      subjectId: child12.personId,
      purpose: "MENTORING",
      textId: texts.MENTORING.id,
      agreed: true,
    });
    expect(stale).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: "Текст согласия обновился. Обновите страницу и прочитайте новую редакцию.",
    });
  });

  it("is refused to a mentor", async () => {
    actAs(await school.viewer(school.people.mentorA));
    const result = await publishConsentText({ purpose: "MENTORING", title: "Чужая редакция", body: "x".repeat(60) });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("withdrawal and anonymisation", () => {
  let withdrawnAt: Date;

  it("another parent cannot withdraw; the child's own parent can, with a reason", async () => {
    actAs(await school.viewer(school.people.parentA));
    expect(await withdrawOwnConsent({ subjectId: teen15.personId, purpose: "MENTORING" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });

    actAs(await school.viewer(parentC));
    const result = await withdrawOwnConsent({
      subjectId: teen15.personId,
      purpose: "MENTORING",
      reason: "Переходим в другую школу",
    });
    expect(result).toMatchObject({ ok: true, data: { withdrawn: 2 } });
    const rows = await database.db.consent.findMany({ where: { subjectId: teen15.personId, purpose: "MENTORING" } });
    expect(
      rows.every((r) => r.withdrawnAt && r.withdrawnById === parentC.userId && r.withdrawalReason === "Переходим в другую школу"),
    ).toBe(true);
    withdrawnAt = rows[0].withdrawnAt!;
    const statuses = await loadConsentStatuses(school.schoolId, [teen15.personId], todayCalendarDate("Europe/Moscow"));
    expect(statuses.get(teen15.personId)).toMatchObject({ valid: false, withdrawn: true });
    const audit = await database.db.auditEntry.findFirst({ where: { action: "consent.withdraw", entityId: teen15.personId } });
    expect(audit).toMatchObject({ userId: parentC.userId, entityType: "Person" });
    expect(await withdrawOwnConsent({ subjectId: teen15.personId, purpose: "MENTORING" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });

  it("anonymises nobody before the retention period ends", async () => {
    const mentee = await database.db.menteeProfile.create({
      data: { schoolId: school.schoolId, personId: teen15.personId, kind: "PUPIL", request: "Хочу лучше учиться" },
    });
    await database.db.menteeRequest.create({
      data: {
        schoolId: school.schoolId,
        menteeId: mentee.id,
        kind: "POOR_PERFORMANCE",
        source: "CLASS_TEACHER",
        details: "Отстаёт по математике",
      },
    });
    const [scale, , , text] = school.template.questions;
    await database.db.questionnaireResponse.create({
      data: {
        schoolId: school.schoolId,
        templateId: school.template.id,
        respondentId: parentC.userId,
        subjectId: teen15.personId,
        status: "SUBMITTED",
        submittedAt: new Date(),
        answers: {
          create: [
            { schoolId: school.schoolId, questionId: scale.id, numberValue: 7 },
            { schoolId: school.schoolId, questionId: text.id, textValue: "Сын стал увереннее" },
          ],
        },
      },
    });
    await database.db.questionnaireResponse.create({
      data: {
        schoolId: school.schoolId,
        templateId: school.template.id,
        respondentId: teen15.userId,
        subjectId: teen15.personId,
      },
    });

    const report = await anonymiseDue(database.db, new Date(withdrawnAt.getTime() + 29 * DAY));
    expect(report.anonymised.map((a) => a.personId)).not.toContain(teen15.personId);
    const person = await database.db.person.findUniqueOrThrow({ where: { id: teen15.personId } });
    expect(person).toMatchObject({ lastName: "Старшев", anonymisedAt: null });
  });

  // Two app instances on one PostgreSQL: while one holds the job's lock, the other leaves the person alone.
  // (PGlite has one connection and one process, so there is no second instance to keep out.)
  it.skipIf(!process.env.TEST_DATABASE_URL)("skips the work while another instance holds the job's lock", async () => {
    await database.db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ANONYMISE_LOCK_KEY}::bigint)`;
        const report = await anonymiseDue(database.db, new Date(withdrawnAt.getTime() + 31 * DAY));
        expect(report.anonymised).toEqual([]);
        expect(report.skipped).toBeGreaterThan(0);
      },
      { timeout: 20_000 },
    );
    expect(await database.db.person.findUniqueOrThrow({ where: { id: teen15.personId } })).toMatchObject({ anonymisedAt: null });
  });

  it("after the retention period anonymises the person, writes an act and an audit entry, and is idempotent", async () => {
    // An achievement with a diploma scan and an application about the pupil, made while they took part.
    const mentee = await database.db.menteeProfile.findUniqueOrThrow({ where: { personId: teen15.personId } });
    const pairA = await database.db.mentorship.findUniqueOrThrow({ where: { id: school.pairA.mentorshipId } });
    const diploma = await storeFile(new TextEncoder().encode("%PDF-1.4 Диплом Старшева"));
    await database.db.achievement.create({
      data: {
        schoolId: school.schoolId,
        mentorshipId: pairA.id,
        menteeId: mentee.id,
        kind: "OLYMPIAD",
        title: "Олимпиада, Старшев — призёр",
        level: "MUNICIPAL",
        result: "PRIZE_WINNER",
        achievedOn: new Date("2026-10-10"),
        evidenceStorageKey: diploma,
        evidenceFileName: "diploma.pdf",
        evidenceMimeType: "application/pdf",
      },
    });
    await database.db.programmeApplication.create({
      data: {
        schoolId: school.schoolId,
        personId: teen15.personId,
        role: "MENTEE",
        applicantKind: "PUPIL",
        text: "Старшев хочет готовиться к олимпиаде",
        applicantLastName: "Старшев",
        applicantFirstName: "Тест",
        applicantMiddleName: "Петрович",
        applicantEmail: "starshev@example.ru",
        applicantPhone: "+7 900 000-00-00",
      },
    });
    // The pupil's own reflection at the end of the pair's work (a child's own words), next to a classmate's.
    const reflect = (personId: string, achieved: string) =>
      database.db.pairReflection.create({
        data: {
          schoolId: school.schoolId,
          mentorshipId: pairA.id,
          kind: "PERSONAL",
          personId,
          reflectionKey: `${pairA.id}:${personId}`,
          achieved,
          difficulties: "Было трудно с дробями",
          nextSteps: "Готовиться к региональному этапу",
          usefulness: 9,
        },
      });
    await reflect(teen15.personId, "Старшев стал увереннее на олимпиаде");
    await reflect(school.people.menteeA.personId, "Научилась решать задачи");
    const when = new Date(withdrawnAt.getTime() + 30 * DAY + 1000);
    const report = await anonymiseDue(database.db, when);
    expect(await database.db.achievement.findFirstOrThrow({ where: { menteeId: mentee.id } })).toMatchObject({
      title: "(обезличено)",
      evidenceStorageKey: null,
      evidenceFileName: null,
    });
    await expect(readStoredFile(diploma)).rejects.toThrow();
    expect(await database.db.programmeApplication.findFirstOrThrow({ where: { personId: teen15.personId } })).toMatchObject({
      text: "(обезличено)",
      applicantLastName: null,
      applicantFirstName: null,
      applicantMiddleName: null,
      applicantEmail: null,
      applicantPhone: null,
    });
    expect(await database.db.pairReflection.findFirstOrThrow({ where: { personId: teen15.personId } })).toMatchObject({
      achieved: "(обезличено)",
      difficulties: null,
      nextSteps: null,
      usefulness: 9,
    });
    expect(
      await database.db.pairReflection.findFirstOrThrow({ where: { personId: school.people.menteeA.personId } }),
    ).toMatchObject({ achieved: "Научилась решать задачи", difficulties: "Было трудно с дробями" });
    expect(report.anonymised).toContainEqual({ schoolId: school.schoolId, personId: teen15.personId, actNumber: 1 });

    const person = await database.db.person.findUniqueOrThrow({ where: { id: teen15.personId } });
    expect(person).toMatchObject({
      lastName: "Обезличено",
      firstName: "",
      middleName: null,
      birthDate: null,
      rosterKey: tombstoneKey("key-Старшев"),
      userId: null,
    });
    expect(person.rosterKey).toMatch(/^anonymised:[0-9a-f]{64}$/);
    expect(person.anonymisedAt?.getTime()).toBe(when.getTime());
    const user = await database.db.user.findUniqueOrThrow({ where: { id: teen15.userId } });
    expect(user).toMatchObject({
      isActive: false,
      sessionVersion: 2,
      displayName: "Обезличено",
      login: `anonymised-${teen15.userId}`,
      email: null,
    });
    expect(await database.db.menteeRequest.count({ where: { mentee: { personId: teen15.personId } } })).toBe(0);
    expect(await database.db.menteeProfile.findUniqueOrThrow({ where: { personId: teen15.personId } })).toMatchObject({
      request: null,
    });
    const answers = await database.db.answer.findMany({ where: { response: { subjectId: teen15.personId } } });
    expect(answers.map((a) => [a.numberValue, a.textValue]).sort()).toEqual(
      [
        [7, null],
        [null, null],
      ].sort(),
    );
    expect(await database.db.questionnaireResponse.count({ where: { subjectId: teen15.personId, status: "PENDING" } })).toBe(0);

    // The curators were told of the withdrawal by name; after anonymisation no notice names the person.
    expect(await database.db.notification.count({ where: { schoolId: school.schoolId, title: { contains: "Старшев" } } })).toBe(
      0,
    );
    const [act] = await listDestructionActs(await school.viewer(school.people.curator));
    expect(act).toMatchObject({ number: 1, personId: teen15.personId });
    expect(act.dataCategories).toEqual(
      expect.arrayContaining([
        "фамилия, имя, отчество",
        "дата рождения",
        "запрос наставляемого",
        "текстовые ответы анкет о человеке",
        "текст заявок на участие, имя и контакты заявителя",
        "рефлексии по итогам работы пары",
        "учётная запись в приложении",
        "уведомления, где названо имя",
        "уведомления и почта учётной записи",
      ]),
    );
    expect(act.reason).toContain("Отзыв согласия");
    const audit = await database.db.auditEntry.findFirstOrThrow({
      where: { action: "person.anonymise", entityId: teen15.personId },
    });
    expect(audit).toMatchObject({ userId: null, entityType: "Person", schoolId: school.schoolId });

    const again = await anonymiseDue(database.db, new Date(when.getTime() + DAY));
    expect(again.anonymised.map((a) => a.personId)).not.toContain(teen15.personId);
    expect(await database.db.destructionAct.count({ where: { personId: teen15.personId } })).toBe(1);
    expect(await database.db.auditEntry.count({ where: { action: "person.anonymise", entityId: teen15.personId } })).toBe(1);
  });

  it("the curator records a paper withdrawal; a mentor may not", async () => {
    actAs(await school.viewer(school.people.mentorA));
    expect(await recordConsentWithdrawal({ subjectId: adultMentor.personId, purpose: "MENTORING" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    actAs(await school.viewer(school.people.curator));
    expect(
      await recordConsentWithdrawal({
        subjectId: adultMentor.personId,
        purpose: "MENTORING",
        reason: "Заявление от 20.11",
        giverRole: "SELF",
      }),
    ).toMatchObject({
      ok: true,
      data: { withdrawn: 1 },
    });
    expect(await database.db.consent.findFirst({ where: { subjectId: adultMentor.personId } })).toMatchObject({
      withdrawnById: school.people.curator.userId,
      withdrawalReason: "Заявление от 20.11",
    });
  });

  it("follows the school's retention setting", async () => {
    await database.db.consent.updateMany({
      where: { subjectId: adultMentor.personId },
      data: { withdrawnAt: new Date(Date.now() - 6 * DAY) },
    });
    expect((await anonymiseDue(database.db)).anonymised.map((a) => a.personId)).not.toContain(adultMentor.personId); // 6 of 30 days
    await database.db.school.update({ where: { id: school.schoolId }, data: { consentRetentionDays: 5 } });
    const report = await anonymiseDue(database.db);
    expect(report.anonymised).toContainEqual({ schoolId: school.schoolId, personId: adultMentor.personId, actNumber: 2 });
  });

  it("an anonymised pupil is shown as such and is not eligible", async () => {
    const rows = await listClassConsents(
      await school.viewer(school.people.curator),
      { grade: 6, classLetter: "Б" },
      "Согласия, класс 6Б",
    );
    const row = rows.find((r) => r.id === teen15.personId)!;
    expect(row.lastName).toBe("Обезличено");
    expect(row.eligibility.reasons).toContain("Данные обезличены");
    const textId = (await currentConsentTexts(school.schoolId)).MENTORING!.id;
    // The parent link went with the anonymisation: the former parent no longer reaches the record at all.
    actAs(await school.viewer(parentC));
    expect(await giveConsent({ subjectId: teen15.personId, purpose: "MENTORING", textId, agreed: true })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    actAs(await school.viewer(school.people.curator));
    expect(
      await paper({
        subjectId: teen15.personId,
        giverId: teen15.personId,
        giverRole: "SELF",
        purpose: "MENTORING",
        textId,
        givenOn: "2026-09-01",
      }),
    ).toMatchObject({
      ok: false,
      error: "Данные этого человека обезличены.",
    });
  });
});

describe("withdrawal stops the programme; anonymisation spares staff records and leaves no personal data", () => {
  const born = bornYearsAgo(12);
  const classFile = () =>
    rosterForm(
      "PUPILS",
      "class-5v.csv",
      new TextEncoder().encode(`Фамилия;Имя;Дата рождения;Класс\r\nПарнова;Ольга;${formatShortDate(born)};5В\r\n`),
    );
  let pupil: Who, teacher: Who;
  let pupilKey: string, scanKey: string, pairRowId: string, mentorshipId: string, mentorProfileId: string;
  let withdrawnAt: Date;

  beforeAll(async () => {
    const db = database.db;
    actAs(await school.viewer(school.people.curator));
    expect(await importRoster(classFile())).toMatchObject({ ok: true, data: { created: 1 } });
    const row = await db.person.findFirstOrThrow({ where: { schoolId: school.schoolId, lastName: "Парнова" } });
    pupil = { personId: row.id, userId: "" };
    pupilKey = row.rosterKey!;
    await linkParent(db, school, parentC, pupil);
    const text = (await currentConsentTexts(school.schoolId)).MENTORING!;
    const given = await paper({
      subjectId: pupil.personId,
      giverId: parentC.personId,
      giverRole: "PARENT",
      purpose: "MENTORING",
      textId: text.id,
      givenOn: "2026-09-01",
    });
    expect(given).toMatchObject({ ok: true });
    scanKey = (await db.consent.findFirstOrThrow({ where: { subjectId: pupil.personId } })).scanStorageKey!;

    teacher = await addConsentPerson(db, school, "Учителева", { roles: ["CURATOR", "MENTOR"], birthDate: bornYearsAgo(40) });
    mentorProfileId = (await makeTeacherMentor(db, school, teacher.personId)).id;
    actAs(await school.viewer(teacher));
    expect(await giveConsent({ subjectId: teacher.personId, purpose: "MENTORING", textId: text.id, agreed: true })).toMatchObject(
      { ok: true },
    );
    let pupilMenteeId: string;
    ({ pairRowId, mentorshipId, menteeId: pupilMenteeId } = await makePair(db, school, mentorProfileId, pupil.personId));
    // A group: the pair goes on when one of its mentees leaves.
    const classmate = await db.person.create({
      data: {
        schoolId: school.schoolId,
        lastName: "Однокласснова",
        firstName: "Тест",
        mentee: { create: { schoolId: school.schoolId, kind: "PUPIL" } },
      },
      select: { mentee: { select: { id: true } } },
    });
    await db.mentorshipMentee.create({ data: { schoolId: school.schoolId, mentorshipId, menteeId: classmate.mentee!.id } });
    await addResponsesAbout(db, school, parentC.userId, pupil.personId);
    // The teacher logs a group meeting and corrects who attended: the pair's history of corrections names the pupil.
    actAs(await school.viewer(teacher));
    const meeting = {
      mentorshipId,
      type: "REGULAR" as const,
      heldOn: calendarDateValue(todayCalendarDate("Europe/Moscow")),
      durationMinutes: 40,
      topic: "Алгебра",
      attendeeIds: [pupilMenteeId, classmate.mentee!.id],
    };
    const logged = await logMeeting(meeting);
    expect(logged).toMatchObject({ ok: true });
    const meetingId = logged.ok ? logged.data.id : "";
    expect(await updateMeeting({ ...meeting, meetingId, attendeeIds: [classmate.mentee!.id] })).toMatchObject({ ok: true });
  });

  const scanPath = () => path.join(filesDir, scanKey.slice(0, 2), scanKey);

  it("a withdrawn pupil leaves the pair at once and their unanswered questionnaires are deleted; the audit holds ids only", async () => {
    expect(fs.existsSync(scanPath())).toBe(true);
    actAs(await school.viewer(school.people.curator));
    const result = await recordConsentWithdrawal({
      subjectId: pupil.personId,
      purpose: "MENTORING",
      reason: "Семья переезжает в Казань",
      giverRole: "PARENT",
    });
    expect(result).toMatchObject({ ok: true, data: { withdrawn: 1 } });
    const today = todayCalendarDate("Europe/Moscow");
    expect((await database.db.mentorshipMentee.findUniqueOrThrow({ where: { id: pairRowId } })).leftOn).toEqual(today);
    expect((await database.db.mentorship.findUniqueOrThrow({ where: { id: mentorshipId } })).status).toBe("ACTIVE");
    const responses = await database.db.questionnaireResponse.findMany({ where: { subjectId: pupil.personId } });
    expect(responses.map((r) => r.status)).toEqual(["SUBMITTED"]);
    const consent = await database.db.consent.findFirstOrThrow({ where: { subjectId: pupil.personId } });
    withdrawnAt = consent.withdrawnAt!;
    const audit = await database.db.auditEntry.findFirstOrThrow({
      where: { action: "consent.withdraw", entityId: pupil.personId },
    });
    expect(audit.details).toEqual({
      purpose: "MENTORING",
      method: "PAPER",
      giverRole: "PARENT",
      consentIds: [consent.id],
      leftPairIds: [pairRowId],
      terminatedMentorshipIds: [],
      emptiedMentorships: 0,
      deletedPendingResponses: 1,
    });
  });

  it("a pair ends when its last mentee leaves it", async () => {
    const db = database.db;
    const single = await db.person.create({
      data: {
        schoolId: school.schoolId,
        lastName: "Единственная",
        firstName: "Тест",
        mentee: { create: { schoolId: school.schoolId, kind: "PUPIL" } },
      },
      select: { id: true, mentee: { select: { id: true } } },
    });
    const pair = await db.mentorship.create({
      data: {
        schoolId: school.schoolId,
        programmeId: school.programme.id,
        mentorId: mentorProfileId,
        form: "TEACHER_PUPIL",
        format: "INDIVIDUAL",
        status: "ACTIVE",
        mentees: { create: { schoolId: school.schoolId, menteeId: single.mentee!.id } },
      },
    });
    const stopped = await db.$transaction((tx) =>
      stopProgrammeProcessing(tx, school.schoolId, single.id, todayCalendarDate("Europe/Moscow")),
    );
    expect(stopped.emptiedMentorships).toBe(1);
    expect(await db.mentorship.findUniqueOrThrow({ where: { id: pair.id } })).toMatchObject({
      status: "TERMINATED",
      endedOn: todayCalendarDate("Europe/Moscow"),
    });
  });

  it("a teacher-mentor who withdraws ends the pairs they lead", async () => {
    actAs(await school.viewer(teacher));
    expect(await withdrawOwnConsent({ subjectId: teacher.personId, purpose: "MENTORING", reason: "Нет времени" })).toMatchObject({
      ok: true,
    });
    expect(await database.db.mentorship.findUniqueOrThrow({ where: { id: mentorshipId } })).toMatchObject({
      status: "TERMINATED",
      endedOn: todayCalendarDate("Europe/Moscow"),
    });
    const audit = await database.db.auditEntry.findFirstOrThrow({
      where: { action: "consent.withdraw", entityId: teacher.personId },
    });
    expect(audit.details).toMatchObject({ giverRole: "SELF", method: "IN_APP", terminatedMentorshipIds: [mentorshipId] });
  });

  it("the job removes only the teacher's programme data: staff record, name, curator role and account stay", async () => {
    const before = await database.db.user.findUniqueOrThrow({ where: { id: teacher.userId } });
    // The pair's presentation and group reflection, the teacher's approved award, and another mentor's award.
    const db = database.db;
    const { schoolId } = school;
    const classmate = await db.person.findFirstOrThrow({ where: { schoolId, lastName: "Однокласснова" } });
    await db.pairPresentation.create({
      data: { schoolId, mentorshipId, form: "Проект", summary: "Парнова собрала модель", link: "https://example.ru/parnova" },
    });
    await db.pairReflection.create({
      data: {
        schoolId,
        mentorshipId,
        kind: "GROUP",
        reflectionKey: `${mentorshipId}:group`,
        achieved: "Группа Учителевой разобралась с алгеброй",
        nextSteps: "Продолжить",
      },
    });
    await db.pairReflection.create({
      data: {
        schoolId,
        mentorshipId,
        kind: "PERSONAL",
        personId: classmate.id,
        reflectionKey: `${mentorshipId}:${classmate.id}`,
        achieved: "Мне понравилось",
      },
    });
    const finalEvent = await db.finalEvent.create({
      data: {
        schoolId,
        programmeId: school.programme.id,
        title: "Итоги года",
        startsAt: new Date("2026-05-25T12:00:00Z"),
        place: "Зал",
      },
    });
    const otherMentor = await db.mentorProfile.findFirstOrThrow({ where: { personId: school.people.mentorA.personId } });
    const award = (mentorId: string, letterNumber: number, text: string) =>
      db.mentorAward.create({
        data: {
          schoolId,
          eventId: finalEvent.id,
          mentorId,
          nomination: "Наставник года",
          text,
          status: "APPROVED",
          letterNumber,
        },
      });
    const teachersAward = await award(mentorProfileId, 1, "Учителевой за терпение");
    await award(otherMentor.id, 2, "За внимание к ученикам");
    const when = new Date(withdrawnAt.getTime() + 31 * DAY);
    const report = await anonymiseDue(database.db, when);
    expect(report.failed).toEqual([]);
    expect(report.anonymised.map((a) => a.personId)).toEqual(expect.arrayContaining([pupil.personId, teacher.personId]));

    const person = await database.db.person.findUniqueOrThrow({
      where: { id: teacher.personId },
      include: { staff: true, mentor: { include: { interviews: true } } },
    });
    expect(person).toMatchObject({
      lastName: "Учителева",
      firstName: "Иван",
      rosterKey: "key-Учителева",
      userId: teacher.userId,
      anonymisedAt: null,
    });
    expect(person.staff).toMatchObject({ position: "Учитель математики", leftAt: null });
    expect(person.mentor).toMatchObject({
      status: "DECLINED",
      declineReason: "Согласие на обработку данных отозвано",
      competencies: null,
      strengths: null,
      availability: null,
      contact: null,
    });
    expect(person.mentor!.interviews.map((i) => i.notes)).toEqual([null]);
    const roles = await database.db.membership.findMany({ where: { userId: teacher.userId }, select: { role: true } });
    expect(roles.map((r) => r.role)).toEqual(["CURATOR"]);
    const user = await database.db.user.findUniqueOrThrow({ where: { id: teacher.userId } });
    expect(user).toMatchObject({
      isActive: true,
      login: before.login,
      displayName: before.displayName,
      sessionVersion: before.sessionVersion + 1,
    });
    const act = await database.db.destructionAct.findFirstOrThrow({ where: { personId: teacher.personId } });
    expect(act.dataCategories).toEqual([
      "анкета наставника: компетенции, сильные стороны, доступность, контакты",
      "заметки собеседований с наставником",
      "уведомления, где названо имя",
      "рефлексии по итогам работы пары",
      "презентации результатов пар с участием человека",
      "номинации и тексты наград наставника",
      "причина отзыва согласия",
      "роли наставника и наставляемого в приложении",
    ]);
    // The pair's presentation and the group's reflection describe the pair's work: blanked; a classmate's own words stay.
    expect(await db.pairPresentation.findUniqueOrThrow({ where: { mentorshipId } })).toMatchObject({
      summary: "(обезличено)",
      link: null,
    });
    expect(await db.pairReflection.findUniqueOrThrow({ where: { reflectionKey: `${mentorshipId}:group` } })).toMatchObject({
      achieved: "(обезличено)",
      nextSteps: null,
    });
    expect(await db.pairReflection.findFirstOrThrow({ where: { personId: classmate.id } })).toMatchObject({
      achieved: "Мне понравилось",
    });
    // The teacher's award keeps no text, and no letter of thanks prints it any more; the other mentor's letter stays.
    expect(await db.mentorAward.findUniqueOrThrow({ where: { id: teachersAward.id } })).toMatchObject({
      nomination: "(обезличено)",
      text: "(обезличено)",
      declineReason: null,
    });
    const letters = await loadAwardDocuments(await school.viewer(school.people.curator));
    expect(letters).toHaveLength(1);
    expect(JSON.stringify(letters)).toContain("За внимание к ученикам");
    expect(JSON.stringify(letters)).not.toContain("обезличено");
    // Not due again: one act, even though the person is not marked anonymised.
    await anonymiseDue(database.db, new Date(when.getTime() + DAY));
    expect(await database.db.destructionAct.count({ where: { personId: teacher.personId } })).toBe(1);
  });

  it("the pupil leaves no personal data: no reason, no scan, no parent link; the pupil row is LEFT and the key a tombstone", async () => {
    const consents = await database.db.consent.findMany({ where: { subjectId: pupil.personId } });
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({
      withdrawalReason: null,
      scanStorageKey: null,
      scanFileName: null,
      scanMimeType: null,
      giverId: parentC.personId,
    });
    expect(fs.existsSync(scanPath())).toBe(false);
    const audits = await database.db.auditEntry.findMany({ where: { schoolId: school.schoolId } });
    const auditText = JSON.stringify(audits.map((a) => a.details));
    for (const text of ["Казань", "Нет времени", "Заявление от 20.11", "Переходим в другую школу", "Парнова"])
      expect(auditText).not.toContain(text);
    expect(await database.db.parentChild.count({ where: { childId: pupil.personId } })).toBe(0);
    const person = await database.db.person.findUniqueOrThrow({
      where: { id: pupil.personId },
      include: { pupil: true, mentee: true },
    });
    expect(person).toMatchObject({ lastName: "Обезличено", birthDate: null, rosterKey: tombstoneKey(pupilKey) });
    expect(person.rosterKey).not.toContain("парнова");
    expect(person.pupil).toMatchObject({
      status: "LEFT",
      leftAt: todayCalendarDate("Europe/Moscow", new Date(withdrawnAt.getTime() + 31 * DAY)),
    });
    expect(person.mentee).toMatchObject({ request: null });
    // The pair's history of meeting corrections keeps mentee ids, never names: it reads «Обезличено» now.
    const history = await database.db.meetingChange.findMany({ where: { mentorshipId } });
    expect(history.map((c) => c.changes)).toEqual([
      [expect.objectContaining({ field: "present", from: expect.arrayContaining([person.mentee!.id]) })],
    ]);
    expect(JSON.stringify(history)).not.toContain("Парнова");
    const act = await database.db.destructionAct.findFirstOrThrow({ where: { personId: pupil.personId } });
    expect(act.dataCategories).toEqual(
      expect.arrayContaining([
        "связи с родителями",
        "сканы подписанных бланков согласий",
        "причина отзыва согласия",
        "ключ записи контингента",
      ]),
    );
  });

  it("a re-import of the same class file skips the anonymised pupil and creates nothing", async () => {
    actAs(await school.viewer(school.people.curator));
    const people = await database.db.person.count();
    const preview = await previewRosterImport(classFile());
    expect(preview).toMatchObject({ ok: true, data: { counts: { create: 0, skip: 1 } } });
    if (preview.ok)
      expect(preview.data.rows[0].problems.map((p) => p.message)).toContain(
        "Данные этого ученика обезличены после отзыва согласия: строка пропущена",
      );
    expect(await importRoster(classFile())).toMatchObject({ ok: true, data: { created: 0, updated: 0, skipped: 1 } });
    expect(await database.db.person.count()).toBe(people);
    expect(
      await database.db.pupil.count({ where: { schoolId: school.schoolId, grade: 5, classLetter: "В", status: "ENROLLED" } }),
    ).toBe(0);
  });

  it("one failing person does not stop the job, and is done on the next run", async () => {
    const db = database.db;
    const longAgo = new Date(Date.now() - 60 * DAY);
    const text = (await currentConsentTexts(school.schoolId)).MENTORING!;
    const people = [];
    for (const name of ["Сбоев", "Удачин"]) {
      const who = await addConsentPerson(db, school, name, { birthDate: bornYearsAgo(30) });
      await db.consent.create({
        data: {
          schoolId: school.schoolId,
          textId: text.id,
          purpose: "MENTORING",
          subjectId: who.personId,
          giverId: who.personId,
          giverRole: "SELF",
          method: "PAPER",
          givenOn: longAgo,
          withdrawnAt: longAgo,
        },
      });
      people.push(who);
    }
    const [failing, fine] = people;
    await db.$executeRawUnsafe(
      `CREATE FUNCTION refuse_person_update() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_person_update BEFORE UPDATE ON "Person" FOR EACH ROW WHEN (OLD.id = '${failing.personId}') EXECUTE FUNCTION refuse_person_update()`,
    );
    try {
      const report = await anonymiseDue(db);
      expect(report.failed).toEqual([
        { schoolId: school.schoolId, personId: failing.personId, error: expect.stringContaining("disk full") },
      ]);
      expect(report.anonymised.map((a) => a.personId)).toContain(fine.personId);
      expect(await db.person.findUniqueOrThrow({ where: { id: failing.personId } })).toMatchObject({
        lastName: "Сбоев",
        anonymisedAt: null,
      });
      expect(await db.destructionAct.count({ where: { personId: failing.personId } })).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_person_update ON "Person"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_person_update()`);
    }
    const again = await anonymiseDue(db);
    expect(again.anonymised.map((a) => a.personId)).toEqual([failing.personId]);
  });

  it("a consent given again after the candidates were listed cancels the anonymisation", async () => {
    const db = database.db;
    const longAgo = new Date(Date.now() - 60 * DAY);
    const text = (await currentConsentTexts(school.schoolId)).MENTORING!;
    const who = await addConsentPerson(db, school, "Передумов", { birthDate: bornYearsAgo(30) });
    const base = {
      schoolId: school.schoolId,
      textId: text.id,
      purpose: "MENTORING" as const,
      subjectId: who.personId,
      giverId: who.personId,
      giverRole: "SELF" as const,
      method: "PAPER" as const,
    };
    await db.consent.create({ data: { ...base, givenOn: longAgo, withdrawnAt: longAgo } });
    await db.consent.create({ data: { ...base, givenOn: todayCalendarDate("Europe/Moscow") } });
    expect(await anonymisePerson(db, who.personId, new Date())).toEqual({ outcome: "not-due" });
    expect(await db.person.findUniqueOrThrow({ where: { id: who.personId } })).toMatchObject({
      lastName: "Передумов",
      anonymisedAt: null,
    });
    expect(await db.destructionAct.count({ where: { personId: who.personId } })).toBe(0);
  });
});
