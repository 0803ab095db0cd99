import { hiddenLabel, roleLabels } from "@/components/monitoring/format";
import { formatShortDate } from "@/lib/format/date";
import { formatLabels, formLabels } from "@/lib/mentorships/labels";
import type { Guarded } from "@/lib/questionnaires/results/small-group";
import type { ReportCell, ReportDocument, ReportTable } from "./export/report-document";
import type { DirectorReport } from "./get-director-report";
import { monthLabel } from "./month-label";

const guarded = (value: Guarded<number>): ReportCell =>
  value.shown ? value.value : value.respondents === 0 ? "нет ответов" : hiddenLabel(value.respondents);

/** The director's report as tables for XLSX, DOCX and PDF: the same figures as the page, aggregates only. */
export function directorReportDocument(report: DirectorReport, schoolName: string, today: Date): ReportDocument {
  const { coverage } = report;
  const kpis: ReportTable = {
    title: "Ключевые показатели",
    columns: [
      { header: "Показатель", width: 50 },
      { header: "Число", width: 10 },
      { header: "Из", width: 10 },
      { header: "%", width: 10, numFmt: "0.0" },
    ],
    rows: [
      [
        `Охват обучающихся от ${coverage.minAge} лет (цель — ${coverage.target} %)`,
        coverage.covered,
        coverage.pupils,
        coverage.percent,
      ],
      ["Молодые педагоги (стаж 0–3 года) — наставляемые", ...shareCells(report.youngTeachers)],
      ["Педагоги — наставники", ...shareCells(report.teacherMentors)],
      ["Наставляемые, получившие пару или группу", ...shareCells(report.menteesPaired)],
      ["Просроченные мероприятия дорожной карты", report.roadmap.overdueItems, null, null],
    ],
    note: `Текущий этап программы: ${report.roadmap.stageTitle ?? "программа не начата"}.`,
  };
  const forms: ReportTable = {
    title: "Пары и группы по формам",
    columns: [
      { header: "Форма наставничества", width: 30 },
      { header: "Формат работы", width: 20 },
      { header: "Пар", width: 10 },
      { header: "Групп", width: 10 },
    ],
    rows: report.pairsByFormat.map((r) => [formLabels[r.form], formatLabels[r.format], r.pairs, r.groups]),
  };
  const satisfaction: ReportTable = {
    title: "Удовлетворённость (1–10)",
    columns: [
      { header: "Группа", width: 40 },
      { header: "Средняя оценка", width: 20 },
    ],
    rows: [
      ["Все ответы", guarded(report.satisfaction.average)],
      ...(report.monitoring?.satisfaction ?? []).map(({ role, mean }) => [roleLabels[role], guarded(mean)]),
      ...(report.monitoring?.satisfactionByForm ?? []).map(({ form, mean }) => [formLabels[form], guarded(mean)]),
    ],
    note: "Итог по группе менее 5 человек не показывается.",
  };
  const growth: ReportTable = {
    title: "Мониторинг: до и после",
    columns: [
      { header: "Параметр", width: 40 },
      { header: "До", width: 10 },
      { header: "После", width: 10 },
      { header: "Изменение", width: 12 },
      { header: "Улучшили, %", width: 12 },
    ],
    rows: (report.monitoring?.growth ?? [])
      .filter((g) => g.overall.respondents > 0)
      .map(({ parameter, overall }) =>
        overall.shown
          ? [parameter.label, overall.value.before, overall.value.after, overall.value.delta, overall.value.improvedPercent]
          : [parameter.label, hiddenLabel(overall.respondents), null, null, null],
      ),
  };
  const trends: ReportTable = {
    title: "Динамика по месяцам",
    columns: [
      { header: "Месяц", width: 20 },
      { header: "Охвачено обучающихся", width: 16 },
      { header: "Охват, %", width: 12, numFmt: "0.0" },
      { header: "Проведено встреч", width: 16 },
      { header: "Пар под риском", width: 14 },
    ],
    rows: report.trends.map((t) => [monthLabel(t.month), t.covered, t.coveragePercent, t.meetings, t.pairsAtRisk]),
    note: "Охват месяца — на его последний день, от сегодняшнего числа обучающихся возрастной группы.",
  };
  return {
    fileName: `Отчёт о программе наставничества на ${formatShortDate(today)}`,
    title: "Отчёт о реализации целевой модели наставничества",
    subtitles: [schoolName, `по состоянию на ${formatShortDate(today)}`],
    tables: [kpis, forms, satisfaction, growth, trends],
  };
}

function shareCells(share: { part: number; total: number; percent: number }): ReportCell[] {
  return [share.part, share.total, share.percent];
}
