import { formatShortDate } from "@/lib/format/date";
import { formatLabels, formLabels } from "@/lib/mentorships/labels";
import { MIN_GROUP_SIZE } from "@/lib/questionnaires/results/small-group";
import type { ReportCell, ReportDocument } from "@/lib/reports/export/report-document";
import { monthLabel } from "@/lib/reports/month-label";
import type { MunicipalReport } from "./get-municipal-report";

/** A satisfaction cell: the mean, «нет ответов», or hidden for a small group (never the figure). */
export function satisfactionCell(average: number | null, people: number): ReportCell {
  if (average !== null) return average;
  return people === 0 ? "нет ответов" : `скрыто: менее ${MIN_GROUP_SIZE} чел.`;
}

/** The coordinator's view as tables for XLSX, DOCX and PDF: schools and totals, no person. */
export function municipalReportDocument(report: MunicipalReport, today: Date): ReportDocument {
  const { total } = report;
  return {
    fileName: `Наставничество в школах муниципалитета на ${formatShortDate(today)}`,
    title: "Целевая модель наставничества: школы муниципалитета",
    subtitles: [report.municipality.name, `по состоянию на ${formatShortDate(today)}`],
    tables: [
      {
        title: "Показатели школ",
        columns: [
          { header: "Школа", width: 30 },
          { header: "Охват, %", width: 10, numFmt: "0.0" },
          { header: "Молодые педагоги — наставляемые, %", width: 14, numFmt: "0.0" },
          { header: "Педагоги — наставники, %", width: 12, numFmt: "0.0" },
          { header: "Наставляемые с парой, %", width: 12, numFmt: "0.0" },
          { header: "Удовлетворённость (1–10)", width: 14 },
          { header: "Этап программы", width: 24 },
          { header: "Просрочено мероприятий", width: 12 },
        ],
        rows: [
          ...report.schools.map((s) => [
            s.schoolName,
            s.coverage.percent,
            s.youngTeachers.percent,
            s.teacherMentors.percent,
            s.menteesPaired.percent,
            satisfactionCell(s.satisfaction, s.satisfactionPeople),
            s.stageTitle ?? "программа не начата",
            s.overdueItems,
          ]),
          [
            "Всего по муниципалитету",
            total.coverage.percent,
            total.youngTeachers.percent,
            total.teacherMentors.percent,
            total.menteesPaired.percent,
            satisfactionCell(total.satisfaction, total.satisfactionPeople),
            null,
            total.overdueItems,
          ],
        ],
        note: `Удовлетворённость не показывается, если ответили менее ${MIN_GROUP_SIZE} человек.`,
      },
      {
        title: "Рейтинг по охвату",
        columns: [
          { header: "Место", width: 8 },
          { header: "Школа", width: 36 },
          { header: "Охват, %", width: 10, numFmt: "0.0" },
          { header: "Цель, %", width: 10 },
          { header: "Цель достигнута", width: 14 },
        ],
        rows: report.ranking.map((r) => [r.place, r.schoolName, r.percent, r.target, r.reached ? "да" : "нет"]),
      },
      {
        title: "Пары и группы по формам",
        columns: [
          { header: "Форма наставничества", width: 30 },
          { header: "Формат работы", width: 20 },
          { header: "Пар", width: 10 },
          { header: "Групп", width: 10 },
        ],
        rows: report.pairsByFormat.map((r) => [formLabels[r.form], formatLabels[r.format], r.pairs, r.groups]),
      },
      {
        title: "Мониторинг: до и после",
        columns: [
          { header: "Школа", width: 30 },
          { header: "Параметр", width: 30 },
          { header: "До", width: 8 },
          { header: "После", width: 8 },
          { header: "Изменение", width: 10 },
          { header: "Улучшили, %", width: 10, numFmt: "0.0" },
        ],
        rows: report.growth.map((g) => {
          const school = report.schools.find((s) => s.schoolId === g.schoolId)?.schoolName ?? "";
          return g.delta === null
            ? [school, g.label, satisfactionCell(null, g.people), null, null, null]
            : [school, g.label, g.before, g.after, g.delta, g.improvedPercent];
        }),
        note: `Итог по параметру не показывается, если за ним менее ${MIN_GROUP_SIZE} человек.`,
      },
      {
        title: "Динамика по месяцам",
        columns: [
          { header: "Месяц", width: 20 },
          { header: "Охват, %", width: 12, numFmt: "0.0" },
          { header: "Проведено встреч", width: 16 },
          { header: "Пар под риском", width: 14 },
        ],
        rows: report.trends.map((t) => [monthLabel(t.month), t.coveragePercent, t.meetings, t.pairsAtRisk]),
      },
    ],
  };
}
