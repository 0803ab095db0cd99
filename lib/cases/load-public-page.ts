import "server-only";
import { db } from "@/lib/db/client";
import { todayCalendarDate } from "@/lib/format/date";
import { readCaseFacts } from "./case-facts";
import { loadCaseParticipants } from "./load-case-participants";
import { presentCase, type CaseView } from "./present-case";
import { queryProgrammeResults, type ProgrammeResults } from "./query-programme-results";
import { CASE_CONTENT_SELECT } from "./case-select";

export interface PublicProgramme {
  id: string;
  title: string;
  results: ProgrammeResults | null;
  cases: (CaseView & { id: string })[];
}

/**
 * The public page of a school's programme (7.6), for anyone without signing in: the school's published cases, grouped by
 * programme with the programme's results in aggregate. Only published, not anonymised cases of this school whose pair
 * still exists; names only where the publication consent is valid today. Null when the school does not exist or has
 * published nothing.
 */
export async function loadPublicPage(slug: string) {
  const school = await db.school.findUnique({ where: { slug }, select: { id: true, name: true, timeZone: true } });
  if (!school) return null;
  const cases = await db.practiceCase.findMany({
    // A case whose pair was deleted is not served: without the pair its names cannot be redacted.
    where: { schoolId: school.id, publishedAt: { not: null }, anonymisedAt: null, mentorshipId: { not: null } },
    orderBy: [{ programme: { startYear: "desc" } }, { publishedAt: "desc" }],
    select: {
      ...CASE_CONTENT_SELECT,
      programme: { select: { id: true, title: true } },
    },
  });
  if (cases.length === 0) return null;
  const today = todayCalendarDate(school.timeZone);
  const [participants, results] = await Promise.all([
    loadCaseParticipants(
      school.id,
      cases.flatMap((c) => (c.mentorshipId ? [c.mentorshipId] : [])),
      today,
    ),
    queryProgrammeResults(school.id, [...new Set(cases.map((c) => c.programme.id))]),
  ]);
  const programmes = new Map<string, PublicProgramme>();
  for (const row of cases) {
    const programme = programmes.get(row.programme.id) ?? {
      ...row.programme,
      results: results.find((r) => r.programmeId === row.programme.id) ?? null,
      cases: [],
    };
    const people = row.mentorshipId ? (participants.get(row.mentorshipId) ?? []) : [];
    programme.cases.push({ id: row.id, ...presentCase(row, readCaseFacts(row.facts), row, people) });
    programmes.set(row.programme.id, programme);
  }
  return { school: { name: school.name }, programmes: [...programmes.values()] };
}

export type PublicPage = NonNullable<Awaited<ReturnType<typeof loadPublicPage>>>;
