import { describe, expect, it } from "vitest";
import { buildProgramme } from "@/lib/roadmap/build-programme";
import { defaultTemplateContent } from "@/lib/roadmap/default-template";
import { roadmapDocx } from "@/lib/roadmap/export/roadmap-docx";
import { roadmapDocument } from "@/lib/roadmap/export/roadmap-rows";
import { roadmapXlsx } from "@/lib/roadmap/export/roadmap-xlsx";
import type { Roadmap } from "@/lib/roadmap/get-roadmap";
import { docxText, xlsxRows } from "../support/read-office-files";

function sampleRoadmap(): Roadmap {
  let n = 0;
  const plan = buildProgramme({
    schoolId: "s",
    startYear: 2026,
    forms: ["PUPIL_PUPIL"],
    content: defaultTemplateContent,
    newId: () => `id${++n}`,
    responsible: { CURATOR: "u1", DIRECTOR: "u2" },
  });
  const names: Record<string, string> = { u1: "Петрова Анна Ивановна", u2: "Сидоров Олег Петрович" };
  return {
    ...plan.programme,
    workPlan: plan.workPlan.map((row, i) => ({ ...row, id: `w${i}` })),
    transitions: [],
    stages: plan.stages.map((stage) => ({
      ...stage,
      progress: { done: 0, total: 0, percent: 0 },
      items: plan.items
        .filter((item) => item.stageId === stage.id)
        .map((item, i) => ({
          ...item,
          id: `${stage.id}-${i}`,
          status: item.code === "7.8" ? "CANCELLED" : "PLANNED",
          responsible: { displayName: names[item.responsibleId!] },
        })),
    })),
  } as unknown as Roadmap;
}

describe("roadmap export", () => {
  const doc = roadmapDocument(sampleRoadmap(), "МБОУ «Школа № 1»");

  it("writes a Word document with the header, stages, items, deadlines and responsibles", async () => {
    const text = await docxText(await roadmapDocx(doc));
    expect(text).toContain("МБОУ «Школа № 1»");
    expect(text).toContain("2026/2027 учебный год");
    expect(text).toContain("№ п/п\nМероприятие\nСроки\nОтветственные");
    expect(text).toContain("6.4\nРегулярные встречи наставника и наставляемого\nДекабрь 2026 – Март 2027\nПетрова Анна Ивановна");
    expect(text).toContain("7.1\n");
    expect(text).toContain("Сидоров Олег Петрович");
    expect(text).not.toContain("Формирование долгосрочной базы наставников");
    expect(text).toContain("План работы");
  });

  it("writes an Excel workbook with the roadmap and the work plan", async () => {
    const sheets = await xlsxRows(await roadmapXlsx(doc));
    const roadmap = sheets["Дорожная карта"];
    expect(roadmap[0][0]).toBe("МБОУ «Школа № 1»");
    expect(roadmap).toContainEqual(["№ п/п", "Мероприятие", "Сроки", "Ответственные"]);
    expect(roadmap).toContainEqual([
      "1.2",
      "Информирование родительского сообщества о планируемой реализации программы наставничества",
      "Октябрь 2026",
      "Петрова Анна Ивановна",
    ]);
    expect(roadmap.some((row) => row[0] === "3" && row[1].startsWith("Формирование базы наставников. Задача:"))).toBe(true);
    expect(sheets["План работы"].at(-1)).toEqual([
      "24",
      "Подведение итогов работы пар/групп за учебный год",
      "Май",
      "Куратор, наставники",
    ]);
  });
});
