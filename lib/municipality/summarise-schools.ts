import { MIN_GROUP_SIZE } from "@/lib/questionnaires/results/small-group";
import { coveragePercent } from "@/lib/reports/coverage";
import type { MonthlyTrendRow } from "@/lib/reports/sql/query-monthly-trends";
import type { PairsByFormRow } from "@/lib/reports/sql/query-pairs-by-form";
import type { SchoolKpiRow } from "@/lib/reports/sql/query-school-kpis";

/** A school's figures as the coordinator sees them: counts and shares, no person. */
export function schoolFigures(row: SchoolKpiRow) {
  return {
    schoolId: row.schoolId,
    schoolName: row.schoolName,
    target: row.target,
    minAge: row.minAge,
    coverage: { part: row.covered, total: row.pupils, percent: coveragePercent(row.covered, row.pupils) },
    youngTeachers: {
      part: row.youngTeacherMentees,
      total: row.youngTeachers,
      percent: coveragePercent(row.youngTeacherMentees, row.youngTeachers),
    },
    teacherMentors: { part: row.teacherMentors, total: row.teachers, percent: coveragePercent(row.teacherMentors, row.teachers) },
    menteesPaired: { part: row.menteesPaired, total: row.mentees, percent: coveragePercent(row.menteesPaired, row.mentees) },
    /** Null when hidden (fewer than MIN_GROUP_SIZE people) or nobody answered; `satisfactionPeople` tells which. */
    satisfaction: row.satisfaction,
    satisfactionPeople: row.satisfactionPeople,
    stage: row.currentStage,
    stageTitle: row.stageTitle,
    overdueItems: row.overdueItems,
  };
}

export type SchoolFigures = ReturnType<typeof schoolFigures>;

/** Sums of the schools' counts, and the shares of the sums. */
export function totalFigures(schools: SchoolFigures[]) {
  const sum = (pick: (s: SchoolFigures) => { part: number; total: number }) => {
    const part = schools.reduce((acc, s) => acc + pick(s).part, 0);
    const total = schools.reduce((acc, s) => acc + pick(s).total, 0);
    return { part, total, percent: coveragePercent(part, total) };
  };
  return {
    coverage: sum((s) => s.coverage),
    youngTeachers: sum((s) => s.youngTeachers),
    teacherMentors: sum((s) => s.teacherMentors),
    menteesPaired: sum((s) => s.menteesPaired),
    overdueItems: schools.reduce((acc, s) => acc + s.overdueItems, 0),
  };
}

/**
 * The total satisfaction is hidden too when a school's cell is hidden for resting on 1–4 people: else the total minus
 * the shown schools would give that small group away.
 */
export function totalSatisfaction(schools: SchoolFigures[], total: { average: number | null }) {
  const smallHidden = schools.some((s) => s.satisfactionPeople > 0 && s.satisfactionPeople < MIN_GROUP_SIZE);
  return smallHidden ? null : total.average;
}

/** Pairs and groups by form and format over all schools. */
export function sumPairsByForm(rows: PairsByFormRow[]) {
  const byKey = new Map<string, Omit<PairsByFormRow, "schoolId">>();
  for (const { form, format, pairs, groups } of rows) {
    const key = `${form}/${format}`;
    const seen = byKey.get(key) ?? { form, format, pairs: 0, groups: 0 };
    byKey.set(key, { ...seen, pairs: seen.pairs + pairs, groups: seen.groups + groups });
  }
  return [...byKey].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);
}

/** The months of the school year over all schools: covered pupils of the total band, meetings held, pairs at risk. */
export function sumTrends(rows: MonthlyTrendRow[], pupils: number) {
  const byMonth = new Map<string, { covered: number; meetings: number; pairsAtRisk: number }>();
  for (const { month, covered, meetings, pairsAtRisk } of rows) {
    const seen = byMonth.get(month) ?? { covered: 0, meetings: 0, pairsAtRisk: 0 };
    byMonth.set(month, {
      covered: seen.covered + covered,
      meetings: seen.meetings + meetings,
      pairsAtRisk: seen.pairsAtRisk + pairsAtRisk,
    });
  }
  return [...byMonth].map(([month, v]) => ({ month, ...v, coveragePercent: coveragePercent(v.covered, pupils) }));
}
