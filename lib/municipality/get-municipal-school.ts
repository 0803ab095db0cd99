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
import { schoolFigures } from "./summarise-schools";
import { withDelta } from "./with-delta";

/**
 * One school of the coordinator's municipality, at the level of the school (nothing below it). A school of another
 * municipality, or none, is refused: the municipality is in the query's where.
 */
export async function getMunicipalSchool(viewer: Viewer, schoolId: string, today = todayCalendarDate(viewer.timeZone)) {
  assertCan(viewer, "municipality:read");
  const municipalityId = viewer.municipality?.id;
  if (!municipalityId) throw new AppError("FORBIDDEN");
  const school = await db.school.findFirst({ where: { id: schoolId, municipalityId }, select: { id: true } });
  if (!school) throw new AppError("NOT_FOUND", "Такой школы в муниципалитете нет.");
  const [[kpis], forms, trends, growth] = await Promise.all([
    querySchoolKpis(db, [school.id], today),
    queryPairsByForm(db, [school.id]),
    queryMonthlyTrends(db, [school.id], today),
    queryMonitoringGrowth(db, [school.id]),
  ]);
  return {
    school: schoolFigures(kpis),
    pairsByFormat: forms.map(({ form, format, pairs, groups }) => ({ form, format, pairs, groups })),
    trends: trends.map((t) => ({ ...t, coveragePercent: coveragePercent(t.covered, kpis.pupils) })),
    growth: growth.map(withDelta),
  };
}
