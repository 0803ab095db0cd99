import "server-only";
import { countMeetings } from "@/lib/mentorships/count-meetings";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { todayCalendarDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/permissions";
import { coveragePercent } from "../coverage";
import { queryPairsByForm } from "../sql/query-pairs-by-form";
import type { DrillDownFilter } from "./drill-down-filter";
import { queryCoverageByClass } from "./query-coverage-by-class";

/**
 * The report's drill-down (director and curator): coverage by parallel and class, pairs by form, and the list of the
 * pairs and groups of the chosen parallel, class or form with their people's names — a read of those people, logged.
 */
export async function getDrillDown(viewer: Viewer, filter: DrillDownFilter, today = todayCalendarDate(viewer.timeZone)) {
  assertCan(viewer, "report:drill-down");
  const schoolId = viewer.schoolId;
  const inClass: Prisma.PersonWhereInput | undefined = filter.grade
    ? { schoolId, pupil: { grade: filter.grade, ...(filter.classLetter ? { classLetter: filter.classLetter } : {}) } }
    : undefined;
  const [classes, forms, pairs] = await Promise.all([
    queryCoverageByClass(db, schoolId, today),
    queryPairsByForm(db, [schoolId]),
    db.mentorship.findMany({
      where: {
        schoolId,
        status: { in: ["ACTIVE", "COMPLETED"] },
        ...(filter.form ? { form: filter.form } : {}),
        ...(inClass ? { OR: [{ mentor: { person: inClass } }, { mentees: { some: { mentee: { person: inClass } } } }] } : {}),
      },
      orderBy: [{ form: "asc" }, { startedOn: "asc" }],
      take: 500,
      select: {
        id: true,
        form: true,
        format: true,
        status: true,
        startedOn: true,
        mentor: { select: { person: { select: { id: true, lastName: true, firstName: true, middleName: true } } } },
        mentees: {
          where: { leftOn: null },
          select: {
            mentee: {
              select: {
                person: {
                  select: {
                    id: true,
                    lastName: true,
                    firstName: true,
                    middleName: true,
                    pupil: { select: { grade: true, classLetter: true } },
                  },
                },
              },
            },
          },
        },
      },
    }),
  ]);
  const meetings = await countMeetings(pairs.map((p) => p.id));
  await recordReads(
    viewer,
    pairs.flatMap((p) => [p.mentor.person.id, ...p.mentees.map((m) => m.mentee.person.id)]),
    "Отчёт: детализация, список пар",
  );
  const grades = new Map<number, { pupils: number; covered: number }>();
  for (const c of classes) {
    const seen = grades.get(c.grade) ?? { pupils: 0, covered: 0 };
    grades.set(c.grade, { pupils: seen.pupils + c.pupils, covered: seen.covered + c.covered });
  }
  const withPercent = <T extends { pupils: number; covered: number }>(row: T) => ({
    ...row,
    percent: coveragePercent(row.covered, row.pupils),
  });
  return {
    byGrade: [...grades].map(([grade, v]) => withPercent({ grade, ...v })),
    byClass: classes.filter((c) => !filter.grade || c.grade === filter.grade).map(withPercent),
    byForm: forms.map(({ form, format, pairs: count, groups }) => ({ form, format, pairs: count, groups })),
    pairs: pairs.map((p) => ({
      id: p.id,
      form: p.form,
      format: p.format,
      status: p.status,
      startedOn: p.startedOn,
      meetings: meetings.get(p.id) ?? 0,
      mentor: fullName(p.mentor.person),
      mentees: p.mentees.map(({ mentee: { person } }) =>
        person.pupil ? `${fullName(person)} (${person.pupil.grade} «${person.pupil.classLetter}»)` : fullName(person),
      ),
    })),
  };
}
