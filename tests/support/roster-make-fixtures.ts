// Writes the roster fixture files (run once: `npx tsx tests/support/roster-make-fixtures.ts`); the files are committed.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { encodeCp1251, rosterFixtureDir } from "./roster-files";
import { writeSystemFixtures } from "./roster-system-fixtures";

const write = (name: string, bytes: Uint8Array | string) => fs.writeFileSync(path.join(rosterFixtureDir, name), bytes);
const crlf = (lines: string[]) => lines.join("\r\n") + "\r\n";

// As «Сетевой город» exports a class list: a title row, Windows-1251, «;», CRLF, class written in several ways.
write(
  "class-7a-cp1251.csv",
  encodeCp1251(
    crlf([
      "Список обучающихся 7А класса;;;;;",
      "№;Фамилия;Имя;Отчество;Дата рождения;Класс",
      "1;Алексеева;Анна;Сергеевна;12.03.2013;7А",
      "2;Борисов;Глеб;Андреевич;05.11.2012;7А",
      "3;Ёлкина;Мария;Петровна;30.01.2013;7 А",
      "4;Григорьев;Денис;;17.07.2013;7-А",
      "5;Дмитриева;Елизавета;Олеговна;01.09.2012;7а",
    ]),
  ),
);

// The same class from another journal: UTF-8 with a BOM, «,», ФИО in one column, quoted notes; Дмитриева moved to 7Б.
write(
  "class-7a-utf8-bom.csv",
  "\uFEFF" +
    crlf([
      '"ФИО","Дата рождения","Класс","Примечание"',
      '"Алексеева Анна Сергеевна","12.03.2013","7А",""',
      '"Борисов  Глеб Андреевич","05.11.2012","7 А","Пришёл из школы ""Лицей №2"", 2024"',
      '"Ёлкина Мария Петровна","30.01.2013","7А","Две строки\r\nв примечании"',
      '"Григорьев Денис","17.07.2013","7А",',
      '"Дмитриева Елизавета Олеговна","01.09.2012","7Б",',
    ]),
);

write(
  "class-7a-problems.csv",
  crlf([
    "Фамилия;Имя;Отчество;Дата рождения;Класс",
    "Алексеева;Анна;Сергеевна;12.03.2013;7А",
    "Алексеева;Анна;Сергеевна;12.03.2013;7А",
    "Борисов;Глеб;Андреевич;31.02.2012;7А",
    "Ёлкина;Мария;Петровна;30.01.2013;12А",
    ";Денис;;17.07.2013;7А",
    "Дмитриева;Елизавета;Олеговна;01.09.2012;7А",
    "Дмитриева;Елизавета;Олеговна;01.09.2012;7Б",
    "Жуков;Иван;;1.9.13;7А",
  ]),
);

write(
  "class-7a-missing-column.csv",
  crlf(["Фамилия;Имя;Отчество;Класс", "Алексеева;Анна;Сергеевна;7А", "Борисов;Глеб;Андреевич;7А"]),
);

write(
  "staff.csv",
  crlf([
    "ФИО;Должность;Педагогический стаж;Общий стаж;Дата рождения",
    "Кузнецова Ольга Ивановна;Учитель математики;12 лет;15;04.05.1985",
    "Лебедев Павел Сергеевич;Учитель физики;3;3;",
    "Морозова Ирина Викторовна;Педагог-психолог;0,5;6;21.10.1990",
    "Никитин Артём Олегович;Учитель информатики;1 г. 6 мес.;1;",
  ]),
);

async function workbook(name: string, rows: (string | number | Date)[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("8 классы");
  sheet.addRow(["Контингент 8-х классов на 01.09.2026"]);
  sheet.mergeCells("A1:G1");
  sheet.addRow(["ID", "Фамилия", "Имя", "Отчество", "Дата рождения", "Параллель", "Буква"]);
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(5).numFmt = "dd.mm.yyyy";
  await book.xlsx.writeFile(path.join(rosterFixtureDir, name));
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

await workbook("pupils-8-ids.xlsx", [
  [1001, "Орлова", "Вера", "Андреевна", day(2012, 2, 14), 8, "А"],
  [1002, "Павлов", "Роман", "Ильич", day(2011, 12, 3), 8, "А"],
  [1003, "Романова", "Софья", "", "19.06.2012", 8, "Б"],
  [1004, "Семенов", "Тимур", "Рустамович", day(2012, 4, 30), 8, "Б"],
]);

// The next export of the same pupils: Павлов's birth date corrected, Романова moved to 8А, Семенов written with «ё»
// (the same person and no change).
await workbook("pupils-8-ids-updated.xlsx", [
  [1001, "Орлова", "Вера", "Андреевна", day(2012, 2, 14), 8, "А"],
  [1002, "Павлов", "Роман", "Ильич", day(2011, 12, 13), 8, "А"],
  [1003, "Романова", "Софья", "", "19.06.2012", 8, "А"],
  [1004, "Семёнов", "Тимур", "Рустамович", day(2012, 4, 30), 8, "Б"],
]);

await writeSystemFixtures(write);
