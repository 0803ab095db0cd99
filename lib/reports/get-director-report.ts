import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { todayCalendarDate } from "@/lib/format/date";
import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { getMonitoring } from "@/lib/monitoring/get-monitoring";
import { assertCan, can } from "@/lib/permissions";
import { guardSmallGroup } from "@/lib/questionnaires/results/small-group";
import { coveragePercent } from "./coverage";
import { queryMonthlyTrends } from "./sql/query-monthly-trends";
import { queryPairsByForm } from "./sql/query-pairs-by-form";
import { querySchoolKpis } from "./sql/query-school-kpis";

/** The director's KPIs for the viewer's school: a handful of aggregate queries (SQL GROUP BY), no per-row work. */
export async function getDirectorReport(viewer: Viewer, today = todayCalendarDate(viewer.timeZone)) {
  assertCan(viewer, "report:read");
  const schoolId = viewer.schoolId;
  const [[kpis], byFormat, trends, monitoring] = await Promise.all([
    querySchoolKpis(db, [schoolId], today),
    queryPairsByForm(db, [schoolId]),
    queryMonthlyTrends(db, [schoolId], today),
    can(viewer, "monitoring:read") ? getMonitoring(viewer, { participants: false }) : null,
  ]);
  const pairsByForm = new Map<MentoringForm, number>();
  for (const row of byFormat) pairsByForm.set(row.form, (pairsByForm.get(row.form) ?? 0) + row.pairs + row.groups);
  return {
    coverage: {
      minAge: kpis.minAge,
      target: kpis.target,
      pupils: kpis.pupils,
      covered: kpis.covered,
      percent: coveragePercent(kpis.covered, kpis.pupils),
    },
    /** Young teachers (0–3 years) who are mentees of a working pair, of all young teachers. */
    youngTeachers: share(kpis.youngTeacherMentees, kpis.youngTeachers),
    /** Staff leading a working pair or group, of all staff. */
    teacherMentors: share(kpis.teacherMentors, kpis.teachers),
    /** Mentees of the base who got a pair or group (working or completed), of the whole base. */
    menteesPaired: share(kpis.menteesPaired, kpis.mentees),
    pairsByForm: [...pairsByForm].map(([form, count]) => ({ form, count })).sort((a, b) => b.count - a.count),
    pairsByFormat: byFormat.map(({ form, format, pairs, groups }) => ({ form, format, pairs, groups })),
    roadmap: {
      programmeTitle: kpis.programmeTitle,
      currentStage: kpis.currentStage,
      stageTitle: kpis.stageTitle,
      overdueItems: kpis.overdueItems,
    },
    trends: trends.map(({ month, covered, meetings, pairsAtRisk }) => ({
      month,
      covered,
      coveragePercent: coveragePercent(covered, kpis.pupils),
      meetings,
      pairsAtRisk,
    })),
    /**
     * The mean of every 1–10 answer to a satisfaction questionnaire, hidden under MIN_GROUP_SIZE people as every aggregate
     * is; counted with the other KPIs, as the coordinator's view counts it.
     */
    satisfaction: {
      average: guardSmallGroup(kpis.satisfactionPeople, () => kpis.satisfaction ?? 0),
      answers: kpis.satisfactionAnswers,
    },
    /** Monitoring: satisfaction by form and role, deltas and share improved (aggregates only, each guarded). */
    monitoring: monitoring && {
      satisfaction: monitoring.satisfaction.byRole,
      satisfactionByForm: monitoring.satisfaction.byForm,
      growth: monitoring.growth,
    },
  };
}

export type DirectorReport = Awaited<ReturnType<typeof getDirectorReport>>;

function share(part: number, total: number) {
  return { part, total, percent: coveragePercent(part, total) };
}
