import { describe, expect, it } from "vitest";
import { roadmapDocx } from "@/lib/roadmap/export/roadmap-docx";
import { roadmapDocument } from "@/lib/roadmap/export/roadmap-rows";
import { roadmapXlsx } from "@/lib/roadmap/export/roadmap-xlsx";
import { docxText, xlsxRows } from "../support/read-office-files";
import { sampleRoadmap, sampleRoadmapDocument, sampleSchool } from "../support/sample-documents";

const nbsp = "\u00A0";

describe("roadmap export", () => {
  const doc = sampleRoadmapDocument();

  it("writes a Word document with the header, stages, items, deadlines and responsibles as «А. И. Петрова, куратор»", async () => {
    const text = await docxText(await roadmapDocx(doc));
    expect(text).toContain(sampleSchool);
    expect(text).toContain("2026/2027 учебный год");
    expect(text).toContain("№ п/п\nМероприятие\nСроки\nОтветственные");
    expect(text).toContain(
      `6.4\nРегулярные встречи наставника и наставляемого\nДекабрь 2026 – Март 2027\nА.${nbsp}И.${nbsp}Петрова, куратор`,
    );
    expect(text).toContain("7.1\n");
    expect(text).toContain(`О.${nbsp}П.${nbsp}Сидоров, директор`);
    expect(text).not.toContain("Формирование долгосрочной базы наставников");
    expect(text).toContain("План работы");
  });

  it("names a responsible person missing from the labels by the display name", () => {
    const plain = roadmapDocument(sampleRoadmap(), { schoolName: "Школа" });
    expect(plain.rows.find((row) => row.number === "1.2")?.responsible).toBe("Петрова Анна Ивановна");
    expect(plain.approval).toEqual({ position: "Директор", name: null, orderNumber: null, orderDate: null });
  });

  it("writes an Excel workbook with the roadmap and the work plan", async () => {
    const sheets = await xlsxRows(await roadmapXlsx(doc));
    const roadmap = sheets["Дорожная карта"];
    expect(roadmap[0][0]).toBe("Дорожная карта целевой модели наставничества");
    expect(roadmap[1][0]).toBe(`${sampleSchool}, 2026/2027 учебный год`);
    expect(roadmap).toContainEqual(["№ п/п", "Мероприятие", "Сроки", "Срок до", "Ответственные", "Статус"]);
    const item = roadmap.find((row) => row[0] === "1.2")!;
    expect(item.slice(0, 3)).toEqual([
      "1.2",
      "Информирование родительского сообщества о планируемой реализации программы наставничества",
      "Октябрь 2026",
    ]);
    expect(item.slice(4)).toEqual([`А.${nbsp}И.${nbsp}Петрова, куратор`, "Запланировано"]);
    expect(roadmap.some((row) => row[0] === "3" && row[1].startsWith("Формирование базы наставников. Задача:"))).toBe(true);
    expect(sheets["План работы"].at(-1)).toEqual([
      "24",
      "Подведение итогов работы пар/групп за учебный год",
      "Май",
      "Куратор, наставники",
    ]);
  });
});
