import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/components/monitoring/bar-chart";
import { GrowthSection } from "@/components/monitoring/growth-section";
import { MonitoringHeadline } from "@/components/monitoring/monitoring-headline";
import { pairBeforeAfter, type MonitoringResponse } from "@/lib/monitoring/pair-before-after";
import { summariseGrowth } from "@/lib/monitoring/summarise-growth";

const response = (subjectId: string, phase: "BEFORE" | "AFTER", stress: number, form: "TEACHER_PUPIL" | "PUPIL_PUPIL"): MonitoringResponse => ({
  subjectId, subjectName: subjectId, form, phase, submittedAt: new Date(), answers: [{ parameter: "STRESS", value: stress }],
});

// Five TEACHER_PUPIL participants 6 → 4.4 (three improved), three PUPIL_PUPIL 7 → 2.
const growth = summariseGrowth(
  pairBeforeAfter([
    ...[[8, 4], [7, 7], [6, 3], [5, 6], [4, 2]].flatMap(([b, a], i) => [response(`t${i}`, "BEFORE", b, "TEACHER_PUPIL"), response(`t${i}`, "AFTER", a, "TEACHER_PUPIL")]),
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
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="По ролям: Наставляемые — 7,5 из 10; Наставники — скрыто: 3 чел., меньше 5"');
    expect(html).toContain("width:75%");
    expect(html.match(/bg-blue-700/g)).toHaveLength(1);
  });

  it("show per parameter before → after, signed delta, share improved, and hide the form of three", () => {
    const html = renderToStaticMarkup(createElement(GrowthSection, { growth }));
    expect(html).toContain("Стресс и апатия");
    expect(html).toContain("6 → 4,4");
    expect(html).toContain("-1,6");
    expect(html).toContain("60 %");
    expect(html).toContain("скрыто: 3 чел., меньше 5");
    expect(html).toContain("Учитель – ученик — до 6, после 4,4");
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
