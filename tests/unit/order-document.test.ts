import { describe, expect, it } from "vitest";
import { orderDocument, type OrderSource } from "@/lib/orders/order-document";
import { orderDocx } from "@/lib/orders/order-docx";
import { orderPdf } from "@/lib/orders/order-pdf";
import { docxText } from "../support/read-office-files";
import { pdfText } from "../support/read-pdf-text";

const source: OrderSource = {
  schoolName: "МБОУ «Средняя школа № 17»",
  kind: "INITIAL",
  number: null,
  signedOn: null,
  programme: { title: "Наставничество", startYear: 2026, endsOn: new Date(Date.UTC(2027, 4, 31)) },
  mainOrder: null,
  curator: "Кураторова Анна Петровна",
  director: null,
  pairs: [
    {
      mentor: { lastName: "Иванова", firstName: "Мария", middleName: "Петровна" },
      mentees: [{ lastName: "Сидоров", firstName: "Пётр" }],
      form: "PUPIL_PUPIL",
      format: "INDIVIDUAL",
      variant: "лидер – тихоня",
    },
    {
      mentor: { lastName: "Орлов", firstName: "Олег", middleName: null },
      mentees: [
        { lastName: "Ёлкина", firstName: "Юлия", middleName: "Олеговна" },
        { lastName: "Щукин", firstName: "Эдуард" },
      ],
      form: "TEACHER_PUPIL",
      format: "GROUP",
      variant: null,
    },
  ],
};
const approved = { ...source, number: "45-о", signedOn: new Date(Date.UTC(2026, 11, 12)), director: "Директорова Ирина" };

describe("the order's text", () => {
  it("leaves the number, the date and the director's name blank until the order is approved", () => {
    const doc = orderDocument(source);
    expect(doc.title).toBe("О закреплении наставнических пар (групп)");
    expect(doc.numberLine).toBe("№ ______");
    expect(doc.dateLine).toMatch(/^от «___»/);
    expect(doc.rows[0].at(-1)).toBe("с даты приказа по 31.05.2027");
    expect(doc.signatures[0]).toEqual({ role: "Директор", name: null });
  });

  it("lists each pair and group with the mentor, the mentees, the form with its variant, the format and the term", () => {
    const doc = orderDocument(approved);
    expect(doc.headers).toEqual(["№", "ФИО наставника", "ФИО наставляемых", "Форма наставничества", "Формат", "Срок"]);
    expect(doc.rows).toEqual([
      [
        "1",
        "Иванова Мария Петровна",
        "Сидоров Пётр",
        "Ученик – ученик («лидер – тихоня»)",
        "Индивидуальная",
        "с 12.12.2026 по 31.05.2027",
      ],
      ["2", "Орлов Олег", "Ёлкина Юлия Олеговна\nЩукин Эдуард", "Учитель – ученик", "Групповая", "с 12.12.2026 по 31.05.2027"],
    ]);
    expect(doc.dateLine).toBe("от 12 декабря 2026 г.");
    expect(doc.numberLine).toBe("№ 45-о");
    expect(doc.preamble).toContain("«Наставничество» на 2026/2027 учебный год");
    expect(doc.after.join(" ")).toContain("куратор Кураторова Анна Петровна");
    expect(doc.acquainted).toEqual(["Иванова Мария Петровна", "Орлов Олег"]);
  });

  it("names the main order in a supplementary one", () => {
    const doc = orderDocument({
      ...approved,
      kind: "SUPPLEMENTARY",
      mainOrder: { number: "12", signedOn: new Date(Date.UTC(2026, 10, 2)) },
    });
    expect(doc.title).toBe("О дополнительном закреплении наставнических пар (групп)");
    expect(doc.preamble).toContain("В дополнение к приказу от 02.11.2026 № 12 «О закреплении наставнических пар (групп)»");
  });

  it("writes the same text into the DOCX and into a PDF whose Cyrillic text can be selected", async () => {
    const doc = orderDocument(approved);
    const docx = await docxText(await orderDocx(doc));
    const pdf = (await pdfText(await orderPdf(doc))).replace(/\s+/g, " ");
    for (const text of [doc.title, "ПРИКАЗ", "№ 45-о", "Иванова Мария Петровна", "Ёлкина Юлия Олеговна", "Щукин Эдуард"]) {
      expect(docx).toContain(text);
      expect(pdf).toContain(text);
    }
    // The document is built twice from one text: pdfmake must not have changed it.
    expect(orderDocument(approved).rows).toEqual(doc.rows);
  });
});
