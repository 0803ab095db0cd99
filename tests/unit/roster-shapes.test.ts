import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { analyseRosterFile } from "@/lib/roster/analyse-roster-file";
import { classifyRosterRow, parseClassLine, parseClassSheetName } from "@/lib/roster/classify-roster-row";
import { guessMapping } from "@/lib/roster/guess-mapping";
import { parseExperience } from "@/lib/roster/parse-experience";
import { planRosterImport } from "@/lib/roster/plan-roster-import";
import { readRosterFixture } from "../support/roster-files";

const today = new Date(Date.UTC(2026, 10, 26));

async function analyse(kind: "PUPILS" | "STAFF", name: string, bytes = readRosterFixture(name)) {
  const result = await analyseRosterFile(kind, name, bytes, undefined, today);
  if (!result.ok) throw new Error(result.error);
  return result.analysis;
}

describe("lines that are not people", () => {
  const names = [1, 2, 3];
  it("knows totals: «Итого», «Всего», and a count without a name", () => {
    expect(classifyRosterRow(["Итого: 52 чел.", "", ""], names)).toEqual({ kind: "total", text: "Итого: 52 чел.", count: 52 });
    expect(classifyRosterRow(["", "Всего", "", "", "28"], names)).toEqual({ kind: "total", text: "Всего 28", count: 28 });
    expect(classifyRosterRow(["", "", "", "", "25 чел."], names)).toMatchObject({ kind: "total", count: 25 });
    // «Всеволод» is a name, not «Всего».
    expect(classifyRosterRow(["1", "Всеволодов", "Всеволод", ""], names)).toEqual({ kind: "person" });
  });

  it("knows class rows and headings, and leaves a lone name or date to be checked as a person", () => {
    for (const text of ["Класс: 4 А", "Класс 4А", "4 «А» класс", "4-А кл."]) {
      expect(classifyRosterRow([text], names)).toMatchObject({ kind: "class", pupilClass: { grade: 4, classLetter: "А" } });
    }
    expect(classifyRosterRow(["Администрация", "", ""], names)).toEqual({ kind: "heading", text: "Администрация" });
    expect(classifyRosterRow(["", "Иванов", ""], names)).toEqual({ kind: "person" });
    expect(classifyRosterRow(["", "", "", "", "12.03.2013"], names)).toEqual({ kind: "person" });
    expect(classifyRosterRow(["", "", ""], names)).toEqual({ kind: "blank" });
  });

  it("reads classes in titles and sheet names, but not «Классный руководитель» nor «8 классы»", () => {
    expect(parseClassLine("Список обучающихся 7А класса", true)).toEqual({ grade: 7, classLetter: "А" });
    expect(parseClassLine("Список обучающихся 7А класса")).toBeNull();
    expect(parseClassLine("Классный руководитель: Орлова Н. В.", true)).toBeNull();
    expect(parseClassSheetName("9-Б")).toEqual({ grade: 9, classLetter: "Б" });
    expect(parseClassSheetName("8 классы")).toBeNull();
    expect(parseClassSheetName("Лист1")).toBeNull();
  });
});

describe("workbooks", () => {
  it("reads every sheet with a list and names the ones passed over, hidden ones too", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Сводка").addRows([
      ["Класс", "Всего учеников"],
      ["9-А", 1],
    ]);
    book.addWorksheet("9-А").addRows([
      ["ФИО", "Дата рождения"],
      ["Орлова Вера Андреевна", "14.02.2011"],
    ]);
    book.addWorksheet("9-Б").addRows([
      ["ФИО", "Дата рождения"],
      ["Павлов Роман Ильич", "03.12.2010"],
    ]);
    const hidden = book.addWorksheet("Архив", { state: "hidden" });
    hidden.addRows([
      ["ФИО", "Дата рождения"],
      ["Романова Софья Лукинична", "19.06.2011"],
    ]);
    book.addWorksheet("Пустой");
    const analysis = await analyse("PUPILS", "book.xlsx", new Uint8Array(await book.xlsx.writeBuffer()));
    expect(analysis.format).toBe("XLSX, листы «9-А», «9-Б»");
    expect(analysis.notes).toEqual([
      "Лист «Архив» скрыт в книге и не прочитан.",
      "Лист «Сводка» пропущен: в нём нет списка людей.",
      "Класс листа «9-А» взят из названия листа.",
      "Класс листа «9-Б» взят из названия листа.",
    ]);
    expect(analysis.rows.map((row) => [row.sheet, row.line, row.record?.pupil])).toEqual([
      ["9-А", 2, { grade: 9, classLetter: "А" }],
      ["9-Б", 2, { grade: 9, classLetter: "Б" }],
    ]);
  });

  it("finds a pupil listed on two class sheets, naming the other sheet", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("9-А").addRows([
      ["ФИО", "Дата рождения"],
      ["Орлова Вера Андреевна", "14.02.2011"],
    ]);
    book.addWorksheet("9-Б").addRows([
      ["ФИО", "Дата рождения"],
      ["Орлова Вера Андреевна", "14.02.2011"],
    ]);
    const analysis = await analyse("PUPILS", "book.xlsx", new Uint8Array(await book.xlsx.writeBuffer()));
    expect(analysis.rows[1].problems[0].message).toBe(
      "Совпадает со строкой 2 листа «9-А» по ФИО и дате рождения, но данные другие: исправьте файл или добавьте столбец с идентификатором",
    );
  });

  it("still needs a class when neither a column, a line, a group row nor the sheet's name gives one", async () => {
    const bytes = new TextEncoder().encode("ФИО;Дата рождения\nОрлова Вера Андреевна;14.02.2011\n");
    expect((await analyse("PUPILS", "list.csv", bytes)).missingColumns).toEqual([
      "Нет столбца «Класс» (или «Параллель» и «Буква класса»).",
    ]);
  });
});

describe("1С staff lists", () => {
  it("reads experience as 1С and other systems write it, in whole years", () => {
    const years = (text: string) => parseExperience(text);
    expect(years("37 л. 9 м. 0 д.")).toEqual({ ok: true, years: 37 });
    expect(years("5 лет 3 мес.")).toEqual({ ok: true, years: 5 });
    expect(years("1 год 2 мес.")).toEqual({ ok: true, years: 1 });
    expect(years("22 г. 1 м. 15 д.")).toEqual({ ok: true, years: 22 });
    expect(years("37л9м0д")).toEqual({ ok: true, years: 37 });
    expect(years("11 мес.")).toEqual({ ok: true, years: 0 });
    expect(years("0 л. 11 м. 3 д.")).toEqual({ ok: true, years: 0 });
    expect(years("71 г.")).toMatchObject({ ok: false });
    expect(years("37 л. 9 м. 0 д. 4 ч.")).toMatchObject({ ok: false });
  });

  it("offers «Таб. №» and «Табельный номер» as the id, and maps «Вид занятости»", () => {
    expect(guessMapping("STAFF", ["№ п/п", "Таб. №", "Сотрудник", "Должность", "Вид занятости", "Стаж педагогический"])).toEqual({
      localId: 1,
      fullName: 2,
      position: 3,
      employment: 4,
      experience: 5,
    });
    expect(guessMapping("STAFF", ["Табельный номер", "ФИО", "Должность", "Стаж"]).localId).toBe(0);
  });

  it("merges a part-time post written in the position when there is no employment column", async () => {
    const bytes = new TextEncoder().encode(
      "ФИО;Должность;Стаж\nЛаптев Константин Ильич;Учитель истории (совместительство);22\nЛаптев Константин Ильич;Заместитель директора;22\n",
    );
    const analysis = await analyse("STAFF", "staff.csv", bytes);
    expect(analysis.rows.map((row) => row.problems.map((p) => p.message))).toEqual([
      ["Совместительство того же сотрудника, что в строке 3: не отдельный человек"],
      ["Также совместительство: Учитель истории (совместительство) (строка 2)"],
    ]);
    expect(planRosterImport("STAFF", analysis.rows, []).map((row) => row.action)).toEqual(["skip", "create"]);
  });
});
