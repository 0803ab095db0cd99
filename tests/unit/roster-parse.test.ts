import { describe, expect, it } from "vitest";
import { analyseRosterFile } from "@/lib/roster/analyse-roster-file";
import { decodeRosterText } from "@/lib/roster/decode-roster-text";
import { findHeaderRow, guessMapping } from "@/lib/roster/guess-mapping";
import { parseClassName } from "@/lib/roster/parse-class-name";
import { detectSeparator, parseCsv } from "@/lib/roster/parse-csv";
import { parseExperience } from "@/lib/roster/parse-experience";
import { parseRosterDate } from "@/lib/roster/parse-roster-date";
import { planRosterImport } from "@/lib/roster/plan-roster-import";
import { checkRosterFile } from "@/lib/roster/read-roster-table";
import { MAX_ROSTER_BYTES } from "@/lib/roster/roster-file-limits";
import { rosterKey } from "@/lib/roster/roster-key";
import { splitFullName } from "@/lib/roster/split-full-name";
import { encodeCp1251, readRosterFixture } from "../support/roster-files";

const today = new Date(Date.UTC(2026, 10, 26));
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function analyse(kind: "PUPILS" | "STAFF", name: string, bytes = readRosterFixture(name)) {
  const result = await analyseRosterFile(kind, name, bytes, undefined, today);
  if (!result.ok) throw new Error(result.error);
  return result.analysis;
}

describe("decoding", () => {
  it("reads the committed Windows-1251 file, which is not valid UTF-8", () => {
    const bytes = readRosterFixture("class-7a-cp1251.csv");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const { text, encoding } = decodeRosterText(bytes);
    expect(encoding).toBe("Windows-1251");
    expect(text).toContain("3;Ёлкина;Мария;Петровна;30.01.2013;7 А");
  });

  it("strips a UTF-8 BOM and takes BOM-less UTF-8 as UTF-8", () => {
    const withBom = decodeRosterText(readRosterFixture("class-7a-utf8-bom.csv"));
    expect(withBom).toMatchObject({ encoding: "UTF-8" });
    expect(withBom.text.startsWith('"ФИО"')).toBe(true);
    expect(decodeRosterText(new TextEncoder().encode("Фамилия;Имя"))).toEqual({ text: "Фамилия;Имя", encoding: "UTF-8" });
  });

  it("round-trips the test encoder through the Windows-1251 decoder", () => {
    const text = "№ Ёё АаЯя Щщ";
    expect(decodeRosterText(encodeCp1251(text)).text).toBe(text);
  });
});

describe("CSV", () => {
  it("handles quotes, doubled quotes, separators and line breaks inside quotes, CRLF and a missing last newline", () => {
    const text = 'a,"b, c","say ""hi"""\r\n"two\r\nlines",,x\nlast,"",end';
    expect(parseCsv(text, ",")).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["two\r\nlines", "", "x"],
      ["last", "", "end"],
    ]);
  });

  it("detects «;» and «,» even after a title row, and ignores commas inside quotes and decimal commas", () => {
    expect(detectSeparator("Список 7А\r\nФамилия;Имя;Стаж\r\nИванов;Иван;12,5\r\nПетров;Пётр;3\r\n")).toBe(";");
    expect(detectSeparator('"ФИО","Класс"\n"Иванов, Иван","7А"\n"Петров Пётр","7Б"\n')).toBe(",");
    expect(detectSeparator("Фамилия\tИмя\nИванов\tИван\n")).toBe("\t");
  });

  it("finds the separators of the fixtures", async () => {
    expect((await analyse("PUPILS", "class-7a-cp1251.csv")).format).toBe("CSV, Windows-1251, разделитель «;»");
    expect((await analyse("PUPILS", "class-7a-utf8-bom.csv")).format).toBe("CSV, UTF-8, разделитель «,»");
  });
});

describe("mapping guess", () => {
  it("maps separate name columns, the birth date and the class, skipping «№»", () => {
    const headers = ["№", "Фамилия", "Имя", "Отчество", "Дата рождения", "Класс"];
    expect(guessMapping("PUPILS", headers)).toEqual({ lastName: 1, firstName: 2, middleName: 3, birthDate: 4, className: 5 });
  });

  it("maps «ФИО» as one column, grade and letter columns, and an id column but never СНИЛС", () => {
    expect(guessMapping("PUPILS", ["ФИО ученика", "Дата рожд.", "Параллель", "Буква класса", "СНИЛС", "Идентификатор"])).toEqual({
      fullName: 0,
      birthDate: 1,
      grade: 2,
      classLetter: 3,
      localId: 5,
    });
    expect(guessMapping("PUPILS", ["Фамилия, имя, отчество", "Классный руководитель", "Класс", "Дата рождения"])).toEqual({
      fullName: 0,
      className: 2,
      birthDate: 3,
    });
  });

  it("prefers the teaching experience to the total one for staff", () => {
    expect(guessMapping("STAFF", ["ФИО", "Должность", "Общий стаж", "Педагогический стаж"])).toEqual({
      fullName: 0,
      position: 1,
      experience: 3,
    });
    expect(guessMapping("STAFF", ["Сотрудник", "Должность", "Стаж"])).toEqual({ fullName: 0, position: 1, experience: 2 });
  });

  it("finds the header row under a title", () => {
    const rows = [["Список обучающихся 7А класса", ""], [""], ["Фамилия", "Имя", "Класс"], ["Иванов", "Иван", "7А"]];
    expect(findHeaderRow("PUPILS", rows)).toBe(2);
  });

  it("guesses the XLSX fixture's columns and reads its date cells and text dates", async () => {
    const analysis = await analyse("PUPILS", "pupils-8-ids.xlsx");
    expect(analysis.format).toBe("XLSX, лист «8 классы»");
    expect(analysis.mapping).toEqual({
      localId: 0,
      lastName: 1,
      firstName: 2,
      middleName: 3,
      birthDate: 4,
      grade: 5,
      classLetter: 6,
    });
    expect(analysis.rows.map((row) => [row.line, row.record?.key, row.record?.birthDate, row.record?.pupil])).toEqual([
      [3, "pupil-id:1001", utc(2012, 2, 14), { grade: 8, classLetter: "А" }],
      [4, "pupil-id:1002", utc(2011, 12, 3), { grade: 8, classLetter: "А" }],
      [5, "pupil-id:1003", utc(2012, 6, 19), { grade: 8, classLetter: "Б" }],
      [6, "pupil-id:1004", utc(2012, 4, 30), { grade: 8, classLetter: "Б" }],
    ]);
  });
});

describe("values", () => {
  it("parses dates as дд.мм.гггг and refuses impossible and future ones", () => {
    expect(parseRosterDate("05.11.2012", today)).toEqual({ ok: true, date: utc(2012, 11, 5) });
    expect(parseRosterDate("5/1/2012 0:00:00", today)).toEqual({ ok: true, date: utc(2012, 1, 5) });
    expect(parseRosterDate("2012-11-05", today)).toEqual({ ok: true, date: utc(2012, 11, 5) });
    expect(parseRosterDate("41275", today)).toEqual({ ok: true, date: utc(2013, 1, 1) });
    expect(parseRosterDate("29.02.2012", today)).toMatchObject({ ok: true });
    expect(parseRosterDate("31.02.2012", today)).toEqual({ ok: false, error: "Такой даты нет: «31.02.2012»" });
    expect(parseRosterDate("29.02.2013", today)).toMatchObject({ ok: false });
    expect(parseRosterDate("12.2012", today)).toEqual({ ok: false, error: "Дата «12.2012» не в формате дд.мм.гггг" });
    expect(parseRosterDate("01.01.2027", today)).toEqual({ ok: false, error: "Дата рождения «01.01.2027» ещё не наступила" });
    expect(parseRosterDate("", today)).toEqual({ ok: false, error: "Не указана дата рождения" });
  });

  it("parses class names in the journals' spellings", () => {
    for (const text of ["7А", "7 А", "7-А", "7а", "7 «А»", "7A", "7А класс"]) {
      expect(parseClassName(text)).toEqual({ ok: true, grade: 7, classLetter: "А" });
    }
    expect(parseClassName("11")).toEqual({ ok: true, grade: 11, classLetter: "" });
    expect(parseClassName("12Б")).toEqual({ ok: false, error: "Класс «12Б»: номер класса должен быть от 1 до 11" });
    expect(parseClassName("0А")).toMatchObject({ ok: false });
    expect(parseClassName("седьмой")).toMatchObject({ ok: false });
  });

  it("parses teaching experience in whole years", () => {
    expect(parseExperience("12 лет")).toEqual({ ok: true, years: 12 });
    expect(parseExperience("0,5")).toEqual({ ok: true, years: 0 });
    expect(parseExperience("1 г. 6 мес.")).toEqual({ ok: true, years: 1 });
    expect(parseExperience("около 10")).toMatchObject({ ok: false });
    expect(parseExperience("")).toEqual({ ok: false, error: "Не указан педагогический стаж" });
  });

  it("splits ФИО, keeping a patronymic of several words", () => {
    expect(splitFullName("  Алиев  Руслан Ильхам оглы ")).toEqual({
      lastName: "Алиев",
      firstName: "Руслан",
      middleName: "Ильхам оглы",
    });
    expect(splitFullName("Григорьев Денис")).toEqual({ lastName: "Григорьев", firstName: "Денис", middleName: null });
    expect(splitFullName("Григорьев")).toBeNull();
  });
});

describe("stable key", () => {
  const parts = { localId: null, lastName: " Ёлкина ", firstName: "МАРИЯ", middleName: "Петровна", birthDate: utc(2013, 1, 30) };
  it("is the normalised name and birth date for pupils, the name for staff, the id when there is one", () => {
    expect(rosterKey("PUPILS", parts)).toBe("pupil:елкина мария петровна|2013-01-30");
    expect(rosterKey("PUPILS", { ...parts, lastName: "Елкина", firstName: "мария" })).toBe(rosterKey("PUPILS", parts));
    expect(rosterKey("STAFF", parts)).toBe("staff:елкина мария петровна");
    expect(rosterKey("PUPILS", { ...parts, localId: " 1001 " })).toBe("pupil-id:1001");
    expect(rosterKey("STAFF", { ...parts, localId: "1001" })).toBe("staff-id:1001");
  });
});

describe("row problems", () => {
  it("reports each row's problems in Russian: duplicates, bad dates, grades, missing names, key collisions", async () => {
    const analysis = await analyse("PUPILS", "class-7a-problems.csv");
    const byLine = Object.fromEntries(
      analysis.rows.map((row) => [row.line, row.problems.map((p) => `${p.level}: ${p.message}`)]),
    );
    expect(byLine).toEqual({
      2: [],
      3: ["warning: Повторяет строку 2 — будет пропущена"],
      4: ["error: Такой даты нет: «31.02.2012»"],
      5: ["error: Класс «12А»: номер класса должен быть от 1 до 11"],
      6: ["error: Не указана фамилия"],
      7: ["error: Совпадает со строкой 8 по ФИО и дате рождения, но данные другие"],
      8: [
        "error: Совпадает со строкой 7 по ФИО и дате рождения, но данные другие: исправьте файл или добавьте столбец с идентификатором",
      ],
      9: ["error: Дата «1.9.13» не в формате дд.мм.гггг"],
    });
    const plan = planRosterImport("PUPILS", analysis.rows, []);
    expect(plan.map((row) => row.action)).toEqual(["create", "skip", "error", "error", "error", "error", "error", "error"]);
  });

  it("refuses a file without a required column before reading rows", async () => {
    const analysis = await analyse("PUPILS", "class-7a-missing-column.csv");
    expect(analysis.missingColumns).toEqual(["Нет столбца «Дата рождения»."]);
    expect(analysis.rows).toEqual([]);
    const staff = await analyse("STAFF", "class-7a-missing-column.csv");
    expect(staff.missingColumns).toEqual(["Нет столбца «Должность».", "Нет столбца «Педагогический стаж»."]);
  });

  it("flags a mis-mapped name column and a row without an id when the id column is mapped", async () => {
    const bytes = new TextEncoder().encode(
      "ID;Фамилия;Имя;Дата рождения;Класс\n1;Иванов;Иван;01.02.2013;7А\n;Петров;7;01.02.2013;7А\n",
    );
    const analysis = await analyse("PUPILS", "x.csv", bytes);
    expect(analysis.rows[1].problems.map((p) => p.message)).toEqual([
      "Имя «7» содержит цифры или лишние знаки",
      "Не указан идентификатор",
    ]);
  });

  it("checks the file itself: type, size, emptiness, old .xls", () => {
    const csv = new TextEncoder().encode("a;b");
    expect(checkRosterFile("list.csv", csv)).toBeNull();
    expect(checkRosterFile("list.xls", csv)).toContain(".xls не поддерживается");
    expect(checkRosterFile("list.pdf", csv)).toBe("Загрузите файл CSV или XLSX.");
    expect(checkRosterFile("list.xlsx", csv)).toContain("не похож на XLSX");
    expect(checkRosterFile("list.csv", new Uint8Array())).toBe("Файл пустой.");
    expect(checkRosterFile("list.csv", new Uint8Array(MAX_ROSTER_BYTES + 1))).toBe("Файл больше 5 МБ.");
  });
});

describe("plan against the roster", () => {
  it("finds people by key, by name key when the file now has ids, and describes changes", async () => {
    const analysis = await analyse("PUPILS", "class-7a-utf8-bom.csv");
    const [anna, , , , liza] = analysis.rows.map((row) => row.record!);
    const existing = [
      {
        id: "p1",
        rosterKey: anna.key,
        lastName: "Алексеева",
        firstName: "Анна",
        middleName: "Сергеевна",
        birthDate: utc(2013, 3, 12),
        anonymisedAt: null,
        pupil: { grade: 7, classLetter: "А", status: "ENROLLED" as const },
        staff: null,
      },
      {
        id: "p5",
        rosterKey: liza.key,
        lastName: "Дмитриева",
        firstName: "Елизавета",
        middleName: "Олеговна",
        birthDate: utc(2012, 9, 1),
        anonymisedAt: null,
        pupil: { grade: 7, classLetter: "А", status: "LEFT" as const },
        staff: null,
      },
    ];
    const plan = planRosterImport("PUPILS", analysis.rows, existing);
    expect(plan.map((row) => row.action)).toEqual(["unchanged", "create", "create", "create", "update"]);
    expect(plan[4].changes).toEqual(["Класс: 7А → 7Б", "Статус: выбыл → обучается"]);

    const keyless = (id: string) => ({ ...existing[0], id, rosterKey: null });
    expect(planRosterImport("PUPILS", analysis.rows.slice(0, 1), [keyless("k1")])[0]).toMatchObject({
      action: "update",
      person: { id: "k1" },
    });
    // Two keyless namesakes born the same day: neither is guessed, the row makes a new person.
    expect(planRosterImport("PUPILS", analysis.rows.slice(0, 1), [keyless("k1"), keyless("k2")])[0]).toMatchObject({
      action: "create",
      person: null,
    });

    const withIds = analysis.rows.map((row) => ({ ...row, record: { ...row.record!, localId: "77", key: "pupil-id:77" } }));
    const rekeyed = planRosterImport("PUPILS", withIds.slice(0, 1), existing);
    expect(rekeyed[0]).toMatchObject({ action: "update", personChanged: true, changes: ["Идентификатор: 77"] });
  });
});
