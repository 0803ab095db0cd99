import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { todayCalendarDate } from "@/lib/format/date";
import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { getMonitoring } from "@/lib/monitoring/get-monitoring";
import { assertCan, can } from "@/lib/permissions";
import { guardSmallGroup, peopleBehind } from "@/lib/questionnaires/results/small-group";
import { birthDateCutoff, coveragePercent } from "./coverage";

/** The director's KPIs for the viewer's school: a handful of aggregate queries, no per-row work. */
export async function getDirectorReport(viewer: Viewer, today = todayCalendarDate(viewer.timeZone)) {
  assertCan(viewer, "report:read");
  const schoolId = viewer.schoolId;
  const school = await db.school.findUniqueOrThrow({
    where: { id: schoolId },
    select: { coverageMinAge: true, coverageTarget: true },
  });
  const inAgeBand = {
    schoolId,
    status: "ENROLLED" as const,
    person: { birthDate: { lte: birthDateCutoff(today, school.coverageMinAge) } },
  };
  const inActivePair = {
    OR: [
      { mentee: { mentorships: { some: { leftOn: null, mentorship: { status: "ACTIVE" as const } } } } },
      { mentor: { mentorships: { some: { status: "ACTIVE" as const } } } },
    ],
  };
  const scaleAnswer = { numberValue: { not: null }, question: { type: "SCALE" as const } };
  const satisfactionResponse = { schoolId, status: "SUBMITTED" as const, template: { purpose: "SATISFACTION" as const } };
  const [pupils, covered, byForm, satisfaction, respondents, monitoring] = await Promise.all([
    db.pupil.count({ where: inAgeBand }),
    db.pupil.count({ where: { ...inAgeBand, person: { ...inAgeBand.person, ...inActivePair } } }),
    db.mentorship.groupBy({ by: ["form"], where: { schoolId, status: "ACTIVE" }, _count: { _all: true } }),
    db.answer.aggregate({
      where: { schoolId, ...scaleAnswer, response: satisfactionResponse },
      _avg: { numberValue: true },
      _count: { numberValue: true },
    }),
    // The small-group rule counts people, not answers: one pupil's ten answers are still one pupil's (peopleBehind).
    db.questionnaireResponse.groupBy({
      by: ["respondentId", "subjectId"],
      where: { ...satisfactionResponse, answers: { some: scaleAnswer } },
    }),
    can(viewer, "monitoring:read") ? getMonitoring(viewer, { participants: false }) : null,
  ]);
  const average = satisfaction._avg.numberValue;
  return {
    coverage: {
      minAge: school.coverageMinAge,
      target: school.coverageTarget,
      pupils,
      covered,
      percent: coveragePercent(covered, pupils),
    },
    pairsByForm: byForm
      .map((row) => ({ form: row.form as MentoringForm, count: row._count._all }))
      .sort((a, b) => b.count - a.count),
    /** The mean of every 1–10 answer to a satisfaction questionnaire, hidden under MIN_GROUP_SIZE people as every aggregate is. */
    satisfaction: {
      average: guardSmallGroup(peopleBehind(respondents), () => Math.round((average ?? 0) * 10) / 10),
      answers: satisfaction._count.numberValue,
    },
    /** Headline figures of monitoring (aggregates only, each guarded by the small-group rule). */
    monitoring: monitoring && { satisfaction: monitoring.satisfaction.byRole, growth: monitoring.growth },
  };
}
