// Roster files shaped like the exports of Russian school systems (invented people), written by roster-make-fixtures.ts.
import ExcelJS from "exceljs";
import { encodeCp1251 } from "./roster-files";

type Write = (name: string, bytes: Uint8Array | string) => void;
type Cell = string | number | Date;

const crlf = (lines: string[]) => lines.join("\r\n") + "\r\n";
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A sheet's rows; a row of one string starting with «!» is merged across `width` columns (a title or a group row). */
function fill(sheet: ExcelJS.Worksheet, rows: Cell[][], width: number) {
  for (const row of rows) {
    const text = row.length === 1 && typeof row[0] === "string" && row[0].startsWith("!") ? row[0].slice(1) : null;
    const added = sheet.addRow(text === null ? row : [text]);
    if (text !== null) sheet.mergeCells(added.number, 1, added.number, width);
  }
}

async function bytes(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await book.xlsx.writeBuffer());
}

// «Сетевой город. Образование»: a class list in Windows-1251 with «;», a title, and a trailing total line.
const sgoClass = [
  "Список обучающихся 5Б класса;;;;;;",
  "№;Фамилия;Имя;Отчество;Пол;Дата рождения;Класс",
  "1;Мельникова;Вероника;Андреевна;Ж;08.04.2014;5Б",
  "2;Назаров;Тимофей;Лукич;М;17.10.2013;5Б",
  "3;Осипова;Ульяна;Фоминична;Ж;25.01.2014;5Б",
  "4;Панкратов;Савва;Ильич;М;02.06.2014;5Б",
  "5;Рябова;Есения;Максимовна;Ж;11.12.2013;5Б",
  "6;Сафонов;Мирон;Евгеньевич;М;29.03.2014;5Б",
];

// ЭлЖур (ё) and Дневник.ру (е) list the same 9th-graders.
const ninth: { name: [string, string]; first: [string, string]; middle: [string, string]; born: Date; letter: string }[] = [
  {
    name: ["Алёшина", "Алешина"],
    first: ["Дарья", "Дарья"],
    middle: ["Фёдоровна", "Федоровна"],
    born: day(2011, 2, 14),
    letter: "А",
  },
  { name: ["Воробьёв", "Воробьев"], first: ["Пётр", "Петр"], middle: ["Ильич", "Ильич"], born: day(2011, 5, 3), letter: "А" },
  {
    name: ["Гончаренко", "Гончаренко"],
    first: ["Алёна", "Алена"],
    middle: ["Никитична", "Никитична"],
    born: day(2010, 9, 21),
    letter: "А",
  },
  {
    name: ["Ершов", "Ершов"],
    first: ["Семён", "Семен"],
    middle: ["Артёмович", "Артемович"],
    born: day(2010, 11, 30),
    letter: "А",
  },
  {
    name: ["Зорина", "Зорина"],
    first: ["Полина", "Полина"],
    middle: ["Кузьминична", "Кузьминична"],
    born: day(2011, 7, 7),
    letter: "Б",
  },
  { name: ["Королёв", "Королев"], first: ["Фёдор", "Федор"], middle: ["Саввич", "Саввич"], born: day(2010, 12, 12), letter: "Б" },
  {
    name: ["Лукина", "Лукина"],
    first: ["Ксения", "Ксения"],
    middle: ["Игоревна", "Игоревна"],
    born: day(2011, 3, 1),
    letter: "Б",
  },
];

/** ЭлЖур: a summary sheet first, then one sheet per class with a «Класс: 9-А» line above a header without a class column. */
async function eljurWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const summary = book.addWorksheet("Сводка");
  fill(
    summary,
    [
      ["Класс", "Всего учеников", "Мальчиков", "Девочек"],
      ["9-А", 4, 2, 2],
      ["9-Б", 3, 1, 2],
      ["Итого", 7, 3, 4],
    ],
    4,
  );
  for (const letter of ["А", "Б"]) {
    const sheet = book.addWorksheet(`9-${letter}`);
    const pupils = ninth.filter((p) => p.letter === letter);
    fill(
      sheet,
      [
        ["!МБОУ «Школа № 1»"],
        [`Класс: 9-${letter}`],
        ["Классный руководитель: Орлова Н. В."],
        ["№", "ФИО", "Дата рождения", "Пол"],
        ...pupils.map((p, i) => [
          i + 1,
          `${p.name[0]} ${p.first[0]} ${p.middle[0]}`,
          p.born,
          p.middle[0].endsWith("на") ? "Ж" : "М",
        ]),
        ["", "", "", pupils.length],
      ],
      4,
    );
    sheet.getColumn(3).numFmt = "dd.mm.yyyy";
  }
  return bytes(book);
}

/** Дневник.ру: no class column; a merged group row «Класс: 9 А» above the class's pupils. */
async function dnevnikWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Ученики");
  const rows: Cell[][] = [["Фамилия", "Имя", "Отчество", "Дата рождения", "Пол"]];
  for (const letter of ["А", "Б"]) {
    rows.push([`!Класс: 9 ${letter}`]);
    for (const p of ninth.filter((pupil) => pupil.letter === letter)) {
      rows.push([p.name[1], p.first[1], p.middle[1], p.born, p.middle[1].endsWith("на") ? "жен." : "муж."]);
    }
  }
  fill(sheet, rows, 5);
  sheet.getColumn(4).numFmt = "dd.mm.yyyy";
  return bytes(book);
}

/** «Электронная школа» (БАРС): a title block, «6 «В»» as the class, and a «Всего» line and a bare count at the end. */
async function barsWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Список");
  const pupils: Cell[][] = [
    ["Тарасова Злата Вадимовна", day(2013, 5, 19)],
    ["Уваров Глеб Кириллович", day(2012, 12, 30)],
    ["Фадеева Милана Ростиславовна", day(2013, 2, 8)],
    ["Хохлов Ярослав Денисович", day(2013, 8, 14)],
    ["Цветкова Алиса Яковлевна", day(2013, 1, 27)],
  ];
  fill(
    sheet,
    [
      ["!Электронная школа"],
      ["!Список обучающихся"],
      ["!Учебный год: 2026/2027"],
      ["№ п/п", "ФИО обучающегося", "Дата рождения", "Класс", "Пол"],
      ...pupils.map(([name, born], i) => [i + 1, name, born, "6 «В»", String(name).split(" ")[2].endsWith("на") ? "Ж" : "М"]),
      ["", "Всего:", "", "", ""],
      ["", "", "", "", pupils.length],
    ],
    5,
  );
  sheet.getColumn(3).numFmt = "dd.mm.yyyy";
  return bytes(book);
}

/** 1С: Таб. №, experience as «37 л. 9 м. 0 д.», one teacher twice (main post and internal part-time), a total line. */
async function oneCStaffWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("TDSheet");
  const main = "Основное место работы";
  fill(
    sheet,
    [
      ["!Список сотрудников"],
      ["!Организация: МБОУ «Школа № 1»"],
      ["!на 01.09.2026"],
      [],
      ["№ п/п", "Таб. №", "Сотрудник", "Подразделение", "Должность", "Вид занятости", "Стаж педагогический"],
      [1, "0000-00012", "Семёнова Алёна Петровна", "Основное общее образование", "Учитель математики", main, "37 л. 9 м. 0 д."],
      [2, "0000-00015", "Кудрявцев Илья Фомич", "Основное общее образование", "Учитель физики", main, "5 лет 3 мес."],
      [
        3,
        "0000-00021",
        "Аксёнова Марина Саввична",
        "Начальное общее образование",
        "Учитель начальных классов",
        main,
        "1 год 2 мес.",
      ],
      [
        4,
        "0000-00031",
        "Семёнова Алёна Петровна",
        "Дополнительное образование",
        "Педагог дополнительного образования",
        "Внутреннее совместительство",
        "37 л. 9 м. 0 д.",
      ],
      [5, "0000-00027", "Лаптев Константин Ильич", "Администрация", "Заместитель директора по УВР", main, "22 г. 1 м. 15 д."],
      [6, "0000-00033", "Морозова Ева Лукинична", "Психологическая служба", "Педагог-психолог", main, "0 л. 11 м. 3 д."],
      ["Итого: 6", "", "", "", "", "", ""],
    ],
    7,
  );
  return bytes(book);
}

// The same staff from «Сетевой город»: no ids, «е» for «ё», experience in whole years.
const sgoStaff = [
  "ФИО;Должность;Педагогический стаж",
  "Семенова Алена Петровна;Учитель математики;37",
  "Кудрявцев Илья Фомич;Учитель физики;5",
  "Аксенова Марина Саввична;Учитель начальных классов;1",
  "Лаптев Константин Ильич;Заместитель директора по УВР;22",
  "Морозова Ева Лукинична;Педагог-психолог;0",
];

export async function writeSystemFixtures(write: Write) {
  write("sgo-class-5b.csv", encodeCp1251(crlf([...sgoClass, "Итого: 6 чел.;;;;;;"])));
  // The same list with two mistakes, to see the rows' text in the preview.
  const broken = [...sgoClass];
  broken[4] = "3;Осипова;Ульяна;Фоминична;Ж;31.06.2014;5Б";
  broken[6] = "5;;Есения;Максимовна;Ж;11.12.2013;5Б";
  write("sgo-class-5b-errors.csv", encodeCp1251(crlf(broken)));
  write("sgo-staff.csv", encodeCp1251(crlf(sgoStaff)));
  write("eljur-9.xlsx", await eljurWorkbook());
  write("dnevnik-9.xlsx", await dnevnikWorkbook());
  write("bars-6v.xlsx", await barsWorkbook());
  write("1c-staff.xlsx", await oneCStaffWorkbook());
}
