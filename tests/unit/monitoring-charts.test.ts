import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/components/monitoring/bar-chart";
import { GrowthSection } from "@/components/monitoring/growth-section";
import { MonitoringHeadline } from "@/components/monitoring/monitoring-headline";
import { ParticipantsTable } from "@/components/monitoring/participants-table";
import { SatisfactionSection } from "@/components/monitoring/satisfaction-section";
import { SwotForm } from "@/components/monitoring/swot-form";
import { SwotView } from "@/components/monitoring/swot-view";
import { summariseSatisfaction } from "@/lib/monitoring/summarise-satisfaction";
import { pairBeforeAfter, type MonitoringResponse } from "@/lib/monitoring/pair-before-after";
import { summariseGrowth } from "@/lib/monitoring/summarise-growth";

const response = (
  subjectId: string,
  phase: "BEFORE" | "AFTER",
  stress: number,
  form: "TEACHER_PUPIL" | "PUPIL_PUPIL",
): MonitoringResponse => ({
  respondentId: `user-${subjectId}`,
  subjectId,
  subjectName: subjectId,
  form,
  phase,
  submittedAt: new Date(),
  answers: [{ parameter: "STRESS", value: stress }],
});

// Five TEACHER_PUPIL participants 6 → 4.4 (three improved), three PUPIL_PUPIL 7 → 2.
const growth = summariseGrowth(
  pairBeforeAfter([
    ...[
      [8, 4],
      [7, 7],
      [6, 3],
      [5, 6],
      [4, 2],
    ].flatMap(([b, a], i) => [response(`t${i}`, "BEFORE", b, "TEACHER_PUPIL"), response(`t${i}`, "AFTER", a, "TEACHER_PUPIL")]),
    ...[0, 1, 2].flatMap((i) => [response(`p${i}`, "BEFORE", 7, "PUPIL_PUPIL"), response(`p${i}`, "AFTER", 2, "PUPIL_PUPIL")]),
  ]),
);

describe("monitoring charts", () => {
  it("give every bar a text value and the chart a spoken summary; small groups show a note instead", () => {
    const html = renderToStaticMarkup(
      createElement(BarChart, {
        title: "По ролям",
        unit: "из 10",
        max: 10,
        rows: [
          { label: "Наставляемые", value: { shown: true, respondents: 8, value: 7.5 } },
          { label: "Наставники", value: { shown: false, respondents: 3 } },
        ],
      }),
    );
    expect(html).not.toContain('role="img"');
    expect(html).toContain("<figure");
    expect(html).toContain('aria-label="По ролям: Наставляемые — 7,5 из 10; Наставники — скрыто: 3 чел., меньше 5"');
    expect(html).toContain("width:75%");
    expect(html.match(/bg-blue-700/g)).toHaveLength(1);
  });

  it("show per parameter before → after, signed delta, share improved, and hide the form of three", () => {
    const html = renderToStaticMarkup(createElement(GrowthSection, { growth }));
    expect(html).toContain("Стресс и апатия");
    expect(html).toContain("6,38 → 3,5");
    expect(html).toContain("-2,88");
    expect(html).toContain("75 %");
    expect(html).toContain("скрыто: 3 чел., меньше 5");
    // The form of five is hidden too: shown, it would give away the form of three (the total minus it).
    expect(html).toContain("скрыто: 5 чел., иначе видна малая группа");
    // Parameters nobody answered get no card.
    expect(html).not.toContain("Средний балл успеваемости");
  });

  it("put the headline figures and a link to the monitoring page on the director's card", () => {
    const html = renderToStaticMarkup(
      createElement(MonitoringHeadline, {
        satisfaction: [
          { role: "MENTEE", mean: { shown: true, respondents: 8, value: 7.5 } },
          { role: "MENTOR", mean: { shown: false, respondents: 2 } },
        ],
        growth,
      }),
    );
    expect(html).toContain("7,5");
    expect(html).toContain("скрыто: 2 чел., меньше 5");
    expect(html).toContain("-2,88"); // all eight: 6,38 → 3,5
    expect(html).toContain("75 %");
    expect(html).toContain('href="/curator/monitoring"');
  });
});

describe("monitoring sections", () => {
  it("show satisfaction by role and form, with a per-question breakdown per role", () => {
    const satisfaction = summariseSatisfaction(
      [6, 7, 8, 9, 10].map((v, i) => ({
        respondentId: `user-m${i}`,
        subjectId: `m${i}`,
        role: "MENTEE" as const,
        form: "TEACHER_PUPIL" as const,
        submittedAt: new Date(),
        items: [{ text: "Мне комфортно общаться с наставником", value: v }],
      })),
    );
    const html = renderToStaticMarkup(createElement(SatisfactionSection, { satisfaction }));
    expect(html).toContain("По ролям: Наставляемые — 8 из 10");
    expect(html).toContain("По формам наставничества: Учитель – ученик — 8 из 10");
    expect(html).toContain("По вопросам анкеты: наставляемые");
    expect(html).not.toContain("Наставники —");
  });

  it("keep the per-participant table behind a disclosure", () => {
    const rows = pairBeforeAfter([
      response("Иванов", "BEFORE", 8, "TEACHER_PUPIL"),
      response("Иванов", "AFTER", 5, "TEACHER_PUPIL"),
    ]);
    const html = renderToStaticMarkup(createElement(ParticipantsTable, { rows }));
    expect(html.startsWith("<details")).toBe(true);
    expect(html).toContain("Данные по участникам (1 чел.)");
    expect(html).toMatch(
      /Иванов<\/th><td[^>]*>Учитель – ученик<\/td><td[^>]*>Стресс и апатия<\/td><td[^>]*>8<\/td><td[^>]*>5<\/td><td[^>]*>-3<\/td><td[^>]*>да<\/td>/,
    );
  });

  it("label the four SWOT fields for the curator and show them read-only to the director", () => {
    const swot = { strengths: "Опытные наставники", weaknesses: "", opportunities: "Вуз-партнёр", threats: "Нагрузка" };
    const form = renderToStaticMarkup(createElement(SwotForm, { initial: swot }));
    for (const label of ["Сильные стороны", "Слабые стороны", "Возможности", "Угрозы"])
      expect(form).toContain(`>${label}</label>`);
    expect(form).toContain('for="swot-strengths"');
    expect(form).toContain("Сохранить SWOT");
    const view = renderToStaticMarkup(createElement(SwotView, { swot }));
    expect(view).not.toContain("<textarea");
    expect(view).toContain(
      '<dt class="font-medium">Слабые стороны</dt><dd class="mt-1 whitespace-pre-line text-slate-800">—</dd>',
    );
    expect(renderToStaticMarkup(createElement(SwotView, { swot: null }))).toContain(
      "Куратор ещё не заполнил SWOT-анализ программы.",
    );
  });
});
