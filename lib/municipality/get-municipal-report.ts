import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayCalendarDate } from "@/lib/format/date";
import { assertCan } from "@/lib/permissions";
import { coveragePercent } from "@/lib/reports/coverage";
import { queryMonitoringGrowth } from "@/lib/reports/sql/query-monitoring-growth";
import { queryMonthlyTrends } from "@/lib/reports/sql/query-monthly-trends";
import { queryPairsByForm } from "@/lib/reports/sql/query-pairs-by-form";
import { querySchoolKpis } from "@/lib/reports/sql/query-school-kpis";
import { queryTotalSatisfaction } from "./query-total-satisfaction";
import { withDelta } from "./with-delta";
import { schoolFigures, sumPairsByForm, sumTrends, totalFigures, totalSatisfaction } from "./summarise-schools";

/**
 * The coordinator's view of their own municipality: per school and in total, the KPIs, each school's stage, the
 * monthly trends and the ranking against the target. Aggregates computed in SQL grouped by school; nothing names a
 * person, nothing goes below a school, satisfaction under MIN_GROUP_SIZE people is hidden.
 */
export async function getMunicipalReport(viewer: Viewer, today = todayCalendarDate(viewer.timeZone)) {
  assertCan(viewer, "municipality:read");
  const municipality = viewer.municipality;
  if (!municipality) throw new AppError("FORBIDDEN");
  const schools = await db.school.findMany({ where: { municipalityId: municipality.id }, select: { id: true } });
  const ids = schools.map((s) => s.id);
  const [kpis, forms, trends, satisfaction, growth] = await Promise.all([
    querySchoolKpis(db, ids, today),
    queryPairsByForm(db, ids),
    queryMonthlyTrends(db, ids, today),
    queryTotalSatisfaction(db, ids),
    queryMonitoringGrowth(db, ids),
  ]);
  const figures = kpis.map(schoolFigures);
  const total = totalFigures(figures);
  const pupilsOf = new Map(figures.map((s) => [s.schoolId, s.coverage.total]));
  const ranking = [...figures]
    .sort((a, b) => b.coverage.percent - a.coverage.percent || a.schoolName.localeCompare(b.schoolName, "ru"))
    .map((s, i) => ({
      place: i + 1,
      schoolId: s.schoolId,
      schoolName: s.schoolName,
      percent: s.coverage.percent,
      target: s.target,
      reached: s.coverage.percent >= s.target,
    }));
  return {
    municipality,
    schools: figures,
    total: { ...total, satisfaction: totalSatisfaction(figures, satisfaction), satisfactionPeople: satisfaction.people },
    ranking,
    pairsByFormat: sumPairsByForm(forms),
    trends: sumTrends(trends, total.coverage.total),
    /** Monitoring per school and parameter: mean before, after, delta and share improved; null figures are hidden. */
    growth: growth.map(withDelta),
    schoolTrends: trends.map((t) => ({
      schoolId: t.schoolId,
      month: t.month,
      coveragePercent: coveragePercent(t.covered, pupilsOf.get(t.schoolId) ?? 0),
      meetings: t.meetings,
      pairsAtRisk: t.pairsAtRisk,
    })),
  };
}

export type MunicipalReport = Awaited<ReturnType<typeof getMunicipalReport>>;
