import { beforeAll, describe, expect, it } from "vitest";
import { anonymiseDue } from "@/lib/consent/anonymise-due";
import { currentConsentTexts } from "@/lib/consent/consent-texts";
import { createDefaultConsentTexts } from "@/lib/consent/create-default-consent-texts";
import { todayCalendarDate } from "@/lib/format/date";
import { importRoster } from "@/lib/roster/import-roster";
import { previewRosterImport } from "@/lib/roster/preview-roster-import";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { encodeCp1251, rosterForm } from "../support/roster-files";
import { addRosterUser, pupilRoster } from "../support/roster-school";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Контингент");
  await createDefaultConsentTexts(database.db, { id: school.schoolId, name: "Школа Контингент" });
  other = await createSchoolFixture(database.db, "Соседняя");
});

async function asCurator(fixture = school) {
  actAs(await fixture.viewer(fixture.people.curator));
}

const counts = () =>
  Promise.all([
    database.db.person.count(),
    database.db.pupil.count(),
    database.db.staff.count(),
    database.db.rosterImport.count(),
  ]);

describe("pupils import", () => {
  it("previews the Windows-1251 class file without writing anything", async () => {
    await asCurator();
    const before = await counts();
    const result = await previewRosterImport(rosterForm("PUPILS", "class-7a-cp1251.csv"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      format: "CSV, Windows-1251, разделитель «;»",
      headerLine: 2,
      counts: { create: 5, update: 0, unchanged: 0, skip: 0, error: 0 },
      classes: ["7А"],
      // The fixture school's own 7А pupils are not in the file.
      leaving: ["Ученикова Тест (7А)", "Школьников Тест (7А)"],
    });
    expect(result.data.rows[2]).toMatchObject({
      line: 5,
      name: "Ёлкина Мария Петровна",
      details: "30.01.2013 · 7А",
      action: "create",
    });
    expect(await counts()).toEqual(before);
  });

  it("imports the class: people, pupils, an import record and an audit entry", async () => {
    await asCurator();
    const result = await importRoster(rosterForm("PUPILS", "class-7a-cp1251.csv"));
    expect(result).toMatchObject({ ok: true, data: { created: 5, updated: 0, unchanged: 0, markedLeft: 0 } });
    if (!result.ok) return;
    const person = await database.db.person.findFirstOrThrow({
      where: { schoolId: school.schoolId, lastName: "Ёлкина" },
      include: { pupil: true },
    });
    expect(person).toMatchObject({
      firstName: "Мария",
      middleName: "Петровна",
      birthDate: new Date(Date.UTC(2013, 0, 30)),
      rosterKey: "pupil:елкина мария петровна|2013-01-30",
      pupil: { grade: 7, classLetter: "А", status: "ENROLLED" },
    });
    const record = await database.db.rosterImport.findUniqueOrThrow({ where: { id: result.data.importId } });
    expect(record).toMatchObject({
      schoolId: school.schoolId,
      kind: "PUPILS",
      fileName: "class-7a-cp1251.csv",
      created: 5,
      updated: 0,
    });
    const audit = await database.db.auditEntry.findFirstOrThrow({
      where: { schoolId: school.schoolId, action: "roster.import", entityId: record.id },
    });
    expect(audit.details).toMatchObject({ created: 5, fileName: "class-7a-cp1251.csv" });
    expect((audit.details as { createdPersonIds: string[] }).createdPersonIds).toHaveLength(5);
  });

  it("re-imports the same file: 0 created, nothing duplicated", async () => {
    await asCurator();
    const before = await counts();
    const result = await importRoster(rosterForm("PUPILS", "class-7a-cp1251.csv"));
    expect(result).toMatchObject({ ok: true, data: { created: 0, updated: 0, unchanged: 5 } });
    const after = await counts();
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    expect(after[3]).toBe(before[3] + 1);
  });

  it("imports the same class from a UTF-8 file with ФИО in one column: same people, a changed class updates, the absent are marked left", async () => {
    await asCurator();
    const persons = await database.db.person.count();
    const preview = await previewRosterImport(rosterForm("PUPILS", "class-7a-utf8-bom.csv"));
    expect(preview).toMatchObject({ ok: true, data: { counts: { create: 0, update: 1, unchanged: 4 }, classes: ["7А", "7Б"] } });
    if (preview.ok) expect(preview.data.rows[4].changes).toEqual(["Класс: 7А → 7Б"]);
    const result = await importRoster(rosterForm("PUPILS", "class-7a-utf8-bom.csv", undefined, { markLeft: "on" }));
    expect(result).toMatchObject({ ok: true, data: { created: 0, updated: 1, unchanged: 4, markedLeft: 2 } });
    expect(await database.db.person.count()).toBe(persons);
    expect(await pupilRoster(database.db, school.schoolId)).toEqual([
      "Алексеева Анна: 7А ENROLLED",
      "Борисов Глеб: 7А ENROLLED",
      "Григорьев Денис: 7А ENROLLED",
      "Дмитриева Елизавета: 7Б ENROLLED",
      "Ёлкина Мария: 7А ENROLLED",
      "Ученикова Тест: 7А LEFT",
      "Школьников Тест: 7А LEFT",
    ]);
    const left = await database.db.pupil.findUniqueOrThrow({ where: { personId: school.people.menteeA.personId } });
    expect(left.leftAt).toEqual(todayCalendarDate("Europe/Moscow"));
  });

  it("finds a pupil entered before any import by name and birth date, gives her the key, and enrols her again", async () => {
    await asCurator();
    // The fixture's own pupil has no roster key and was marked left by the previous import.
    const csv = () =>
      rosterForm(
        "PUPILS",
        "returning.csv",
        new TextEncoder().encode("Фамилия;Имя;Дата рождения;Класс\r\nученикова;Тест;01.04.2013;7А\r\n"),
      );
    const preview = await previewRosterImport(csv());
    expect(preview).toMatchObject({ ok: true, data: { counts: { create: 0, update: 1 } } });
    if (preview.ok) {
      expect(preview.data.rows[0].changes).toEqual([
        "Фамилия: Ученикова → ученикова",
        "Найден(а) в контингенте по ФИО и дате рождения",
        "Статус: выбыл → обучается",
      ]);
    }
    const persons = await database.db.person.count();
    expect(await importRoster(csv())).toMatchObject({ ok: true, data: { created: 0, updated: 1 } });
    expect(await database.db.person.count()).toBe(persons);
    const person = await database.db.person.findUniqueOrThrow({
      where: { id: school.people.menteeA.personId },
      include: { pupil: true },
    });
    expect(person).toMatchObject({
      rosterKey: "pupil:ученикова тест|2013-04-01",
      userId: school.people.menteeA.userId,
      pupil: { status: "ENROLLED", leftAt: null },
    });
    expect(await importRoster(csv())).toMatchObject({ ok: true, data: { created: 0, updated: 0, unchanged: 1 } });
  });

  it("updates a changed birth date and class by the id column of an XLSX; «Семёнов» for «Семенов» is no change", async () => {
    await asCurator();
    const first = await importRoster(rosterForm("PUPILS", "pupils-8-ids.xlsx"));
    expect(first).toMatchObject({ ok: true, data: { created: 4 } });
    const persons = await database.db.person.count();
    const second = await importRoster(rosterForm("PUPILS", "pupils-8-ids-updated.xlsx"));
    expect(second).toMatchObject({ ok: true, data: { created: 0, updated: 2, unchanged: 2 } });
    expect(await database.db.person.count()).toBe(persons);
    const byKey = async (key: string) =>
      database.db.person.findFirstOrThrow({ where: { schoolId: school.schoolId, rosterKey: key }, include: { pupil: true } });
    expect((await byKey("pupil-id:1002")).birthDate).toEqual(new Date(Date.UTC(2011, 11, 13)));
    expect((await byKey("pupil-id:1003")).pupil).toMatchObject({ grade: 8, classLetter: "А" });
    expect((await byKey("pupil-id:1004")).lastName).toBe("Семенов");
  });
});

describe("anonymised people", () => {
  it("are skipped with a warning: a re-import never restores their data", async () => {
    await asCurator();
    const csv = "Фамилия;Имя;Дата рождения;Класс\r\nОтозванова;Ольга;02.02.2013;6А\r\n";
    const file = () => rosterForm("PUPILS", "consent.csv", new TextEncoder().encode(csv));
    expect(await importRoster(file())).toMatchObject({ ok: true, data: { created: 1 } });
    const person = await database.db.person.findFirstOrThrow({ where: { schoolId: school.schoolId, lastName: "Отозванова" } });
    // Anonymised the real way: the parent's consent is withdrawn and the job runs after the retention period.
    const text = (await currentConsentTexts(school.schoolId)).MENTORING!;
    const withdrawnAt = new Date();
    await database.db.consent.create({
      data: {
        schoolId: school.schoolId,
        textId: text.id,
        purpose: "MENTORING",
        subjectId: person.id,
        giverId: school.people.parentA.personId,
        giverRole: "PARENT",
        method: "PAPER",
        givenOn: todayCalendarDate("Europe/Moscow"),
        withdrawnAt,
      },
    });
    const report = await anonymiseDue(database.db, new Date(withdrawnAt.getTime() + 400 * 24 * 3600 * 1000));
    expect(report.anonymised.map((a) => a.personId)).toEqual([person.id]);
    const people = await database.db.person.count({ where: { schoolId: school.schoolId } });
    const preview = await previewRosterImport(file());
    expect(preview).toMatchObject({ ok: true, data: { counts: { skip: 1, create: 0 } } });
    if (preview.ok)
      expect(preview.data.rows[0].problems[0].message).toBe(
        "Данные этого ученика обезличены после отзыва согласия: строка пропущена",
      );
    expect(await importRoster(file())).toMatchObject({ ok: true, data: { created: 0, updated: 0, skipped: 1 } });
    expect(await database.db.person.count({ where: { schoolId: school.schoolId } })).toBe(people);
    expect(await database.db.person.findUniqueOrThrow({ where: { id: person.id }, include: { pupil: true } })).toMatchObject({
      lastName: "Обезличено",
      birthDate: null,
      pupil: { status: "LEFT" },
    });
  });
});

describe("a rejected file writes nothing", () => {
  it("with row errors: the reason names the lines, and no row is written", async () => {
    await asCurator();
    const before = await counts();
    const left = () => database.db.pupil.count({ where: { schoolId: school.schoolId, status: "LEFT" } });
    const leftBefore = await left();
    const result = await importRoster(rosterForm("PUPILS", "class-7a-problems.csv", undefined, { markLeft: "on" }));
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID",
      error: expect.stringContaining("Ошибки в строках: 4, 5, 6, 7, 8, 9"),
    });
    if (!result.ok) {
      expect(result.error).toContain("ничего не записано");
      expect(result.details).toMatchObject({
        errors: expect.arrayContaining([
          {
            sheet: null,
            line: 4,
            text: "Борисов; Глеб; Андреевич; 31.02.2012; 7А",
            problems: ["Такой даты нет: «31.02.2012»"],
          },
        ]),
      });
    }
    expect(await counts()).toEqual(before);
    expect(await left()).toBe(leftBefore);
  });

  it("with a missing required column", async () => {
    await asCurator();
    const before = await counts();
    const result = await importRoster(rosterForm("PUPILS", "class-7a-missing-column.csv"));
    expect(result).toMatchObject({ ok: false, error: "Файл не импортирован, ничего не записано. Нет столбца «Дата рождения»." });
    expect(await counts()).toEqual(before);
  });

  it("with a wrong file type or a broken mapping", async () => {
    await asCurator();
    const before = await counts();
    expect(await importRoster(rosterForm("PUPILS", "list.xls", encodeCp1251("x")))).toMatchObject({
      ok: false,
      error: expect.stringContaining(".xls"),
    });
    expect(await previewRosterImport(rosterForm("PUPILS", "class-7a-cp1251.csv", undefined, { mapping: "{" }))).toMatchObject({
      ok: false,
      fieldErrors: { mapping: ["Сопоставление столбцов повреждено"] },
    });
    expect(await counts()).toEqual(before);
  });

  it("uses the chosen mapping: a wrong one leads to row errors, not to wrong data", async () => {
    await asCurator();
    const mapping = JSON.stringify({ lastName: 2, firstName: 1, birthDate: 4, className: 5 });
    const result = await previewRosterImport(rosterForm("PUPILS", "class-7a-cp1251.csv", undefined, { mapping }));
    expect(result).toMatchObject({
      ok: true,
      data: { mapping: { lastName: 2, firstName: 1, birthDate: 4, className: 5 }, counts: { create: 5 } },
    });
    const broken = JSON.stringify({ lastName: 1, firstName: 0, birthDate: 4, className: 5 });
    expect(await previewRosterImport(rosterForm("PUPILS", "class-7a-cp1251.csv", undefined, { mapping: broken }))).toMatchObject({
      ok: true,
      data: { counts: { error: 5 } },
    });
  });
});

describe("staff import", () => {
  it("creates staff, then updates experience and position by name", async () => {
    await asCurator();
    const first = await importRoster(rosterForm("STAFF", "staff.csv"));
    expect(first).toMatchObject({ ok: true, data: { created: 4, updated: 0 } });
    const staff = await database.db.staff.findMany({
      where: { schoolId: school.schoolId, person: { rosterKey: { startsWith: "staff:" } } },
      include: { person: true },
    });
    expect(staff.map((s) => `${s.person.lastName}: ${s.position}, ${s.experienceYears}`).sort()).toEqual([
      "Кузнецова: Учитель математики, 12",
      "Лебедев: Учитель физики, 3",
      "Морозова: Педагог-психолог, 0",
      "Никитин: Учитель информатики, 1",
    ]);
    const text =
      "ФИО;Должность;Педагогический стаж\nКузнецова Ольга Ивановна;Заместитель директора;13\nЛебедев Павел Сергеевич;Учитель физики;3\n";
    const second = await importRoster(rosterForm("STAFF", "staff-2027.csv", new TextEncoder().encode(text)));
    expect(second).toMatchObject({ ok: true, data: { created: 0, updated: 1, unchanged: 1 } });
    const kuznetsova = await database.db.staff.findFirstOrThrow({
      where: { schoolId: school.schoolId, person: { lastName: "Кузнецова" } },
    });
    expect(kuznetsova).toMatchObject({ position: "Заместитель директора", experienceYears: 13 });
  });

  it("keeps pupils and staff of the same name apart", async () => {
    await asCurator();
    const text = "ФИО;Должность;Стаж\nАлексеева Анна Сергеевна;Вожатая;1\n";
    const result = await importRoster(rosterForm("STAFF", "namesake.csv", new TextEncoder().encode(text)));
    expect(result).toMatchObject({ ok: true, data: { created: 1 } });
    expect(await database.db.person.count({ where: { schoolId: school.schoolId, lastName: "Алексеева" } })).toBe(2);
  });
});

describe("access", () => {
  it.each(["mentorA", "parentA", "director"] as const)("%s may not preview or import", async (who) => {
    actAs(await school.viewer(school.people[who]));
    const before = await counts();
    expect(await previewRosterImport(rosterForm("PUPILS", "class-7a-cp1251.csv"))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await importRoster(rosterForm("PUPILS", "class-7a-cp1251.csv"))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
  });

  it("a psychologist (may read the roster) may not import; an admin may", async () => {
    actAs(await school.viewer(await addRosterUser(database.db, school, "psychologist", "PSYCHOLOGIST")));
    expect(await importRoster(rosterForm("STAFF", "staff.csv"))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await school.viewer(await addRosterUser(database.db, school, "admin", "ADMIN")));
    expect(await importRoster(rosterForm("STAFF", "staff.csv"))).toMatchObject({ ok: true, data: { created: 0 } });
  });

  it("without a session nothing happens", async () => {
    actAs(null);
    expect(await importRoster(rosterForm("PUPILS", "class-7a-cp1251.csv"))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("another school's people are never touched, even with the same keys and classes", async () => {
    await asCurator(other);
    expect(await importRoster(rosterForm("PUPILS", "class-7a-cp1251.csv"))).toMatchObject({ ok: true, data: { created: 5 } });
    const otherBefore = await pupilRoster(database.db, other.schoolId);
    const otherPeople = await database.db.person.findMany({ where: { schoolId: other.schoolId }, orderBy: { id: "asc" } });

    await asCurator(school);
    const result = await importRoster(rosterForm("PUPILS", "class-7a-utf8-bom.csv", undefined, { markLeft: "on" }));
    expect(result).toMatchObject({ ok: true, data: { created: 0 } });
    expect(await pupilRoster(database.db, other.schoolId)).toEqual(otherBefore);
    expect(otherBefore).toContain("Ученикова Тест: 7А ENROLLED");
    expect(await database.db.person.findMany({ where: { schoolId: other.schoolId }, orderBy: { id: "asc" } })).toEqual(
      otherPeople,
    );
  });
});
