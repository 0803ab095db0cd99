import { beforeAll, describe, expect, it } from "vitest";
import { importRoster } from "@/lib/roster/import-roster";
import { previewRosterImport } from "@/lib/roster/preview-roster-import";
import { rosterForm } from "../support/roster-files";
import { pupilRoster } from "../support/roster-school";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

// Files shaped like the exports of «Сетевой город», ЭлЖур, Дневник.ру, «Электронная школа» (БАРС) and 1С
// (tests/support/roster-system-fixtures.ts). Each is imported, then imported again: the second time changes nothing.

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Системы");
  other = await createSchoolFixture(database.db, "Дневник");
});

async function importTwice(kind: "PUPILS" | "STAFF", name: string) {
  const first = await importRoster(rosterForm(kind, name));
  const persons = await database.db.person.count();
  const again = await importRoster(rosterForm(kind, name));
  expect(again).toMatchObject({ ok: true, data: { created: 0, updated: 0, markedLeft: 0 } });
  expect(await database.db.person.count()).toBe(persons);
  return { first, again };
}

const staffOf = async (schoolId: string) =>
  (
    await database.db.staff.findMany({
      where: { schoolId, person: { rosterKey: { not: null } } },
      include: { person: true },
    })
  )
    .map((s) => `${s.person.lastName} ${s.person.firstName} ${s.person.middleName}: ${s.position}, ${s.experienceYears}`)
    .sort((a, b) => a.localeCompare(b, "ru"));

describe("«Сетевой город»: a trailing total line", () => {
  it("is skipped with a note instead of refusing the file", async () => {
    actAs(await school.viewer(school.people.curator));
    const preview = await previewRosterImport(rosterForm("PUPILS", "sgo-class-5b.csv"));
    expect(preview).toMatchObject({ ok: true, data: { counts: { create: 6, skip: 1, error: 0 }, classes: ["5Б"] } });
    if (preview.ok) {
      expect(preview.data.rows.at(-1)).toMatchObject({
        line: 9,
        action: "skip",
        problems: [{ level: "warning", message: "Итоговая строка «Итого: 6 чел.» пропущена" }],
      });
    }
    const { first, again } = await importTwice("PUPILS", "sgo-class-5b.csv");
    expect(first).toMatchObject({ ok: true, data: { created: 6, skipped: 1 } });
    expect(again).toMatchObject({ ok: true, data: { unchanged: 6, skipped: 1 } });
  });
});

describe("ЭлЖур: one sheet per class, a summary sheet", () => {
  it("reads every class sheet, takes the class from the «Класс: 9-А» line and ignores «Сводка»", async () => {
    actAs(await school.viewer(school.people.curator));
    const preview = await previewRosterImport(rosterForm("PUPILS", "eljur-9.xlsx"));
    expect(preview).toMatchObject({
      ok: true,
      data: {
        format: "XLSX, листы «9-А», «9-Б»",
        missingColumns: [],
        counts: { create: 7, skip: 2, error: 0 },
        classes: ["9А", "9Б"],
      },
    });
    if (!preview.ok) return;
    expect(preview.data.notes).toEqual([
      "Лист «Сводка» пропущен: в нём нет списка людей.",
      "Класс листа «9-А» взят из строки «Класс: 9-А» над таблицей.",
      "Класс листа «9-Б» взят из строки «Класс: 9-Б» над таблицей.",
    ]);
    expect(preview.data.rows.map((row) => `${row.sheet} ${row.line}: ${row.name} ${row.details}`).slice(3, 6)).toEqual([
      "9-А 8: Ершов Семён Артёмович 30.11.2010 · 9А",
      "9-А 9:  ",
      "9-Б 5: Зорина Полина Кузьминична 07.07.2011 · 9Б",
    ]);
    const { first, again } = await importTwice("PUPILS", "eljur-9.xlsx");
    expect(first).toMatchObject({ ok: true, data: { created: 7, skipped: 2 } });
    expect(again).toMatchObject({ ok: true, data: { unchanged: 7 } });
  });
});

describe("Дневник.ру: the class as group rows", () => {
  it("takes each pupil's class from the «Класс: 9 А» row above", async () => {
    actAs(await other.viewer(other.people.curator));
    const { first, again } = await importTwice("PUPILS", "dnevnik-9.xlsx");
    expect(first).toMatchObject({ ok: true, data: { created: 7, skipped: 0 } });
    expect(again).toMatchObject({ ok: true, data: { unchanged: 7 } });
    expect((await pupilRoster(database.db, other.schoolId)).filter((p) => p.includes(": 9"))).toEqual([
      "Алешина Дарья: 9А ENROLLED",
      "Воробьев Петр: 9А ENROLLED",
      "Гончаренко Алена: 9А ENROLLED",
      "Ершов Семен: 9А ENROLLED",
      "Зорина Полина: 9Б ENROLLED",
      "Королев Федор: 9Б ENROLLED",
      "Лукина Ксения: 9Б ENROLLED",
    ]);
  });

  it("after ЭлЖур (ё) finds the same pupils written with е, and shows nothing to update", async () => {
    actAs(await school.viewer(school.people.curator));
    const preview = await previewRosterImport(rosterForm("PUPILS", "dnevnik-9.xlsx"));
    expect(preview).toMatchObject({ ok: true, data: { counts: { create: 0, update: 0, unchanged: 7, error: 0 } } });
    expect(await importRoster(rosterForm("PUPILS", "dnevnik-9.xlsx"))).toMatchObject({
      ok: true,
      data: { created: 0, updated: 0, unchanged: 7 },
    });
    // The spelling first imported stays.
    expect(await pupilRoster(database.db, school.schoolId)).toContain("Королёв Фёдор: 9Б ENROLLED");
  });
});

describe("«Электронная школа» (БАРС): «Всего» and a bare count", () => {
  it("skips both lines and reads «6 «В»» as 6В", async () => {
    actAs(await school.viewer(school.people.curator));
    const { first, again } = await importTwice("PUPILS", "bars-6v.xlsx");
    expect(first).toMatchObject({ ok: true, data: { created: 5, skipped: 2 } });
    expect(again).toMatchObject({ ok: true, data: { unchanged: 5, skipped: 2 } });
    expect(await pupilRoster(database.db, school.schoolId)).toContain("Цветкова Алиса: 6В ENROLLED");
  });
});

describe("1С: a staff list", () => {
  it("reads «37 л. 9 м. 0 д.», takes «Таб. №» as the id, and a part-time post is the same person", async () => {
    actAs(await school.viewer(school.people.curator));
    const preview = await previewRosterImport(rosterForm("STAFF", "1c-staff.xlsx"));
    expect(preview).toMatchObject({
      ok: true,
      data: { mapping: { localId: 1, fullName: 2, position: 4, experience: 6 }, counts: { create: 5, skip: 2, error: 0 } },
    });
    if (!preview.ok) return;
    const semenova = preview.data.rows.find((row) => row.line === 6)!;
    expect(semenova.problems).toEqual([
      { level: "warning", message: "Также внутреннее совместительство: Педагог дополнительного образования (строка 9)" },
    ]);
    expect(preview.data.rows.find((row) => row.line === 9)).toMatchObject({
      action: "skip",
      problems: [
        { level: "warning", message: "Внутреннее совместительство того же сотрудника, что в строке 6: не отдельный человек" },
      ],
    });
    const { first, again } = await importTwice("STAFF", "1c-staff.xlsx");
    expect(first).toMatchObject({ ok: true, data: { created: 5, skipped: 2 } });
    expect(again).toMatchObject({ ok: true, data: { unchanged: 5, skipped: 2 } });
    expect(await staffOf(school.schoolId)).toEqual([
      "Аксёнова Марина Саввична: Учитель начальных классов, 1",
      "Кудрявцев Илья Фомич: Учитель физики, 5",
      "Лаптев Константин Ильич: Заместитель директора по УВР, 22",
      "Морозова Ева Лукинична: Педагог-психолог, 0",
      "Семёнова Алёна Петровна: Учитель математики, 37",
    ]);
    const key = await database.db.person.findFirstOrThrow({ where: { schoolId: school.schoolId, lastName: "Семёнова" } });
    expect(key.rosterKey).toBe("staff-id:0000-00012");
  });

  it("the same staff from «Сетевой город» (е, no ids) are the same people, unchanged", async () => {
    actAs(await school.viewer(school.people.curator));
    const before = await staffOf(school.schoolId);
    expect(await importRoster(rosterForm("STAFF", "sgo-staff.csv"))).toMatchObject({
      ok: true,
      data: { created: 0, updated: 0, unchanged: 5 },
    });
    expect(await staffOf(school.schoolId)).toEqual(before);
    // And 1С again after it: still nothing to do, the ids stay.
    expect(await importRoster(rosterForm("STAFF", "1c-staff.xlsx"))).toMatchObject({
      ok: true,
      data: { created: 0, updated: 0, unchanged: 5 },
    });
  });
});

describe("a row with an error", () => {
  it("shows the name and the values as read, in the preview and in the refusal", async () => {
    actAs(await school.viewer(school.people.curator));
    const preview = await previewRosterImport(rosterForm("PUPILS", "sgo-class-5b-errors.csv"));
    expect(preview).toMatchObject({ ok: true, data: { counts: { error: 2 } } });
    if (!preview.ok) return;
    expect(preview.data.rows.filter((row) => row.action === "error")).toMatchObject([
      {
        line: 5,
        name: "Осипова Ульяна Фоминична",
        source: "3; Осипова; Ульяна; Фоминична; Ж; 31.06.2014; 5Б",
        problems: [{ level: "error", message: "Такой даты нет: «31.06.2014»" }],
      },
      { line: 7, name: "Есения Максимовна", source: "5; ; Есения; Максимовна; Ж; 11.12.2013; 5Б" },
    ]);
    const result = await importRoster(rosterForm("PUPILS", "sgo-class-5b-errors.csv"));
    expect(result).toMatchObject({ ok: false });
    if (!result.ok)
      expect(result.details).toMatchObject({
        errors: [
          { line: 5, sheet: null, text: "3; Осипова; Ульяна; Фоминична; Ж; 31.06.2014; 5Б" },
          { line: 7, text: "5; ; Есения; Максимовна; Ж; 11.12.2013; 5Б" },
        ],
      });
  });
});
