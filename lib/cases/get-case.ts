import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fullName } from "@/lib/format/person-name";
import { todayCalendarDate } from "@/lib/format/date";
import { assertCan } from "@/lib/permissions";
import { readCaseFacts } from "./case-facts";
import { loadCaseParticipants } from "./load-case-participants";
import { presentCase } from "./present-case";
import { anonymousLabel, mayShowName } from "./reveal-rules";
import { CASE_CONTENT_SELECT } from "./case-select";

/**
 * One case of the viewer's school for its editor: the text, the switches, who is in it with their publication consent,
 * and the case as the public page would show it now. A read of the pair's people, logged.
 */
export async function getCase(viewer: Viewer, caseId: string) {
  assertCan(viewer, "case:write");
  const row = await db.practiceCase.findFirst({
    where: { id: caseId, schoolId: viewer.schoolId },
    select: {
      ...CASE_CONTENT_SELECT,
      publishedAt: true,
      anonymisedAt: true,
      programme: { select: { title: true } },
      school: { select: { slug: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const today = todayCalendarDate(viewer.timeZone);
  const participants = row.mentorshipId
    ? ((await loadCaseParticipants(viewer.schoolId, [row.mentorshipId], today)).get(row.mentorshipId) ?? [])
    : [];
  await recordReads(
    viewer,
    participants.map((p) => p.personId),
    "Кейс лучшей практики",
  );
  const facts = readCaseFacts(row.facts);
  return {
    ...row,
    facts,
    publicPath: `/s/${row.school.slug}`,
    people: participants.map((p) => ({
      name: fullName(p),
      label: anonymousLabel(p),
      consent: p.publicationConsent,
      shown: mayShowName(p, row.showNames),
    })),
    preview: presentCase(row, facts, row, participants),
  };
}

export type CaseDetails = Awaited<ReturnType<typeof getCase>>;
