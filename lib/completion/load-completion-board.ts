import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { fullName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";
import { completionSteps, missingForCompletion, type CompletionFacts } from "./completion-rules";
import { currentProgramme } from "./current-programme";

/**
 * The curator's completion board: every working or completed pair of the current programme with its checklist (final
 * meeting, presentation, reflections). Scoped by the viewer's school in the query; the read of the names is audited.
 */
export async function loadCompletionBoard(viewer: Viewer) {
  assertCan(viewer, "completion:manage");
  const programme = await currentProgramme(viewer.schoolId);
  if (!programme) return { programme: null, pairs: [] };
  const rows = await db.mentorship.findMany({
    where: { schoolId: viewer.schoolId, programmeId: programme.id, status: { in: ["ACTIVE", "COMPLETED"] } },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      status: true,
      format: true,
      startedOn: true,
      endedOn: true,
      mentor: { select: { person: { select: { id: true, lastName: true, firstName: true, middleName: true } } } },
      mentees: {
        where: { leftOn: null },
        select: { mentee: { select: { person: { select: { id: true, lastName: true, firstName: true, middleName: true } } } } },
      },
      meetings: { where: { type: { in: ["FINAL", "GROUP_FINAL"] } }, select: { id: true }, take: 1 },
      presentation: { select: { id: true } },
      reflections: { select: { kind: true, personId: true } },
    },
  });
  const pairs = rows.map((pair) => {
    const mentorPersonId = pair.mentor.person.id;
    const menteePersonIds = new Set(pair.mentees.map((m) => m.mentee.person.id));
    const facts: CompletionFacts = {
      isGroup: pair.format === "GROUP",
      hasFinalMeeting: pair.meetings.length > 0,
      hasPresentation: pair.presentation !== null,
      mentorReflection: pair.reflections.some((r) => r.kind === "PERSONAL" && r.personId === mentorPersonId),
      menteeCount: menteePersonIds.size,
      menteeReflections: pair.reflections.filter((r) => r.kind === "PERSONAL" && r.personId && menteePersonIds.has(r.personId))
        .length,
      groupReflection: pair.reflections.some((r) => r.kind === "GROUP"),
    };
    return {
      id: pair.id,
      status: pair.status,
      startedOn: pair.startedOn,
      endedOn: pair.endedOn,
      mentorName: fullName(pair.mentor.person),
      menteeNames: pair.mentees.map((m) => fullName(m.mentee.person)),
      steps: completionSteps(facts),
      missing: missingForCompletion(facts),
    };
  });
  await recordReads(
    viewer,
    rows.flatMap((pair) => [pair.mentor.person.id, ...pair.mentees.map((m) => m.mentee.person.id)]),
    "Завершение пар",
  );
  return { programme, pairs };
}

export type CompletionBoardPair = Awaited<ReturnType<typeof loadCompletionBoard>>["pairs"][number];
