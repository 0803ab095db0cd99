// Documents built from the default roadmap and invented results, without a database: for the export tests and for
// scripts/check-documents.ts, which opens them in LibreOffice.
import { buildProgramme } from "@/lib/roadmap/build-programme";
import { defaultTemplateContent } from "@/lib/roadmap/default-template";
import { roadmapDocument, type RoadmapApproval } from "@/lib/roadmap/export/roadmap-rows";
import type { Roadmap } from "@/lib/roadmap/get-roadmap";
import type { ResultsForExport } from "@/lib/questionnaires/results/results-xlsx";

const nbsp = "\u00A0";

/** The default programme of 2026/2027: the curator (u1) and the director (u2) responsible, item 7.8 cancelled. */
export function sampleRoadmap(): Roadmap {
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
          status: item.code === "7.8" ? "CANCELLED" : item.code === "1.1" ? "DONE" : "PLANNED",
          responsible: { displayName: names[item.responsibleId!] },
        })),
    })),
  } as unknown as Roadmap;
}

export const sampleSchool = "МБОУ «Средняя общеобразовательная школа № 1 имени В. Г. Короленко»";

export function sampleRoadmapDocument(approval: Partial<RoadmapApproval> = {}) {
  return roadmapDocument(sampleRoadmap(), {
    schoolName: sampleSchool,
    approval: { position: "Директор", name: `О.${nbsp}П.${nbsp}Сидоров`, orderNumber: null, orderDate: null, ...approval },
    responsibleLabels: new Map([
      ["u1", `А.${nbsp}И.${nbsp}Петрова, куратор`],
      ["u2", `О.${nbsp}П.${nbsp}Сидоров, директор`],
    ]),
  });
}

const bars = (labels: string[], counts: number[]) => {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return labels.map((label, i) => ({ label, count: counts[i], percent: Math.round((counts[i] / total) * 100) }));
};

/** A questionnaire's results: a scale, a number, a choice with long options, a text, and one hidden for a small group. */
export function sampleResults(): ResultsForExport {
  const scale = (text: string, position: number, counts: number[]) => ({
    question: { position, text, type: "SCALE" as const },
    result: {
      shown: true as const,
      respondents: 12,
      value: { kind: "SCALE" as const, mean: 4.2, bars: bars(["1", "2", "3", "4", "5"], counts) },
    },
  });
  return {
    version: { title: "Анкета наставляемого по итогам полугодия", version: 2 },
    questions: [
      scale("Насколько полезны для вас встречи с наставником?", 1, [0, 1, 1, 5, 5]),
      {
        question: { position: 2, text: "Сколько встреч с наставником было за полугодие?", type: "NUMBER" },
        result: { shown: true, respondents: 12, value: { kind: "NUMBER", mean: 9.5, median: 10, min: 4, max: 16 } },
      },
      {
        question: {
          position: 3,
          text: "Какие формы работы с наставником оказались для вас наиболее полезными в течение учебного полугодия? Отметьте все подходящие варианты",
          type: "MULTIPLE_CHOICE",
        },
        result: {
          shown: true,
          respondents: 12,
          value: {
            kind: "CHOICE",
            bars: bars(
              [
                "Индивидуальные консультации по предметам",
                "Совместная подготовка к олимпиадам и конкурсам",
                "Разговоры о выборе профессии и дальнейшего обучения",
                "Участие в проектной деятельности",
              ],
              [8, 5, 7, 3],
            ),
          },
        },
      },
      {
        question: { position: 4, text: "Что бы вы хотели изменить в работе с наставником?", type: "TEXT" },
        result: { shown: true, respondents: 9, value: { kind: "COUNT", count: 9 } },
      },
      {
        question: { position: 5, text: "Насколько комфортно вам в классе?", type: "SCALE" },
        result: { shown: false, respondents: 3 },
      },
    ],
  };
}
