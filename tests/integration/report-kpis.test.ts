import { beforeAll, describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/auth/load-viewer";
import { getDirectorReport } from "@/lib/reports/get-director-report";
import { queryMonthlyTrends } from "@/lib/reports/sql/query-monthly-trends";
import { querySchoolKpis } from "@/lib/reports/sql/query-school-kpis";
import { createKpiSchool } from "../support/kpi-school";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
const today = new Date(Date.UTC(2026, 11, 1));
let five: Awaited<ReturnType<typeof createKpiSchool>>;
let four: Awaited<ReturnType<typeof createKpiSchool>>;

beforeAll(async () => {
  five = await createKpiSchool(database.db, "пять", [6, 7, 8, 9, 10]);
  four = await createKpiSchool(database.db, "четыре", [6, 7, 8, 9]);
});

describe("the KPIs of a small school, counted by hand (tests/support/kpi-school.ts)", () => {
  it("counts every KPI in one statement per school", async () => {
    const [row] = await querySchoolKpis(database.db, [five.schoolId], today);
    expect(row).toMatchObject({
      // In the band: 1st, 2nd, 3rd (10 today), 5th, 7th; the 4th is 9, the 6th has left. Covered: the 1st (mentee) and
      // the 2nd (mentor); the 5th left the pair, the 7th's pair is completed.
      pupils: 5,
      covered: 2,
      // Working staff: five (one left); mentors of a working pair: the experienced one and the group's.
      teachers: 5,
      teacherMentors: 2,
      // Young (0–3 years): three working; one of them a mentee.
      youngTeachers: 3,
      youngTeacherMentees: 1,
      // The base of seven mentees; all but the 3rd got a pair (working, left or completed).
      mentees: 7,
      menteesPaired: 6,
      satisfaction: 8,
      satisfactionPeople: 5,
      currentStage: "PAIR_WORK",
      stageTitle: "Организация работы пар",
      // Two open items due before today; a done one and a later one are not overdue.
      overdueItems: 2,
    });
  });

  it("hides the satisfaction figure of a school with fewer than 5 respondents in SQL", async () => {
    const rows = await querySchoolKpis(database.db, [five.schoolId, four.schoolId], today);
    const small = rows.find((r) => r.schoolId === four.schoolId)!;
    expect(small.satisfaction).toBeNull();
    expect(small.satisfactionPeople).toBe(4);
  });

  it("counts coverage and meetings by month of the school year", async () => {
    const trend = await queryMonthlyTrends(database.db, [five.schoolId], today);
    expect(trend.map(({ month, covered, meetings, pairsAtRisk }) => [month, covered, meetings, pairsAtRisk])).toEqual([
      // September: the 7th's pair (10.09–15.11); October: the 1st and 5th with their mentor the 2nd, and the 7th;
      // November: the 5th left on 10.11, the 7th's pair ended on 15.11; the August meeting is before the year.
      // At risk (no first meeting 28 days after the start, by the default thresholds): on 31.10 the teacher pair and
      // the group (from 01.10) and the 7th's pair (from 10.09); then the 7th's pair has ended. The pupil pair met on
      // 05.11: 26 days before today, under the 28 of the rule.
      ["2026-09", 1, 0, 0],
      ["2026-10", 4, 2, 3],
      ["2026-11", 2, 1, 2],
      ["2026-12", 2, 0, 2],
    ]);
  });

  it("gives the director the shares, the pairs by form and format and the roadmap", async () => {
    const user = await database.db.user.findUniqueOrThrow({ where: { id: five.directorId } });
    const viewer = (await loadViewer(database.db, user.id, user.sessionVersion, five.schoolId))!;
    const report = await getDirectorReport(viewer, today);
    expect(report.coverage).toMatchObject({ pupils: 5, covered: 2, percent: 40 });
    expect(report.youngTeachers).toEqual({ part: 1, total: 3, percent: 33.3 });
    expect(report.teacherMentors).toEqual({ part: 2, total: 5, percent: 40 });
    expect(report.menteesPaired).toEqual({ part: 6, total: 7, percent: 85.7 });
    expect(report.pairsByFormat).toHaveLength(3);
    expect(report.pairsByFormat).toEqual(
      expect.arrayContaining([
        { form: "PUPIL_PUPIL", format: "INDIVIDUAL", pairs: 1, groups: 0 },
        { form: "TEACHER_TEACHER", format: "INDIVIDUAL", pairs: 1, groups: 0 },
        { form: "TEACHER_PUPIL", format: "GROUP", pairs: 0, groups: 1 },
      ]),
    );
    expect(report.roadmap).toMatchObject({ currentStage: "PAIR_WORK", overdueItems: 2 });
    expect(report.trends[1]).toEqual({ month: "2026-10", covered: 4, coveragePercent: 80, meetings: 2, pairsAtRisk: 3 });
  });
});
