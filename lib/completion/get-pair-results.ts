import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import { mentorshipsInView } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayCalendarDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { fullYears } from "./full-years";

/** A parent reads their child's own reflection while the child is under this age. */
export const PARENT_READS_REFLECTION_UNDER = 14;

/**
 * A pair's results page: its presentation and the reflections the viewer may read — the curator and the pair's mentor
 * all of them; a mentee their own and the group's; a parent the group's and their child's while the child is under 14.
 */
export async function getPairResults(viewer: Viewer, mentorshipId: string) {
  const pair = await db.mentorship.findFirst({
    where: { id: mentorshipId, ...mentorshipsInView(viewer) },
    select: {
      id: true,
      status: true,
      format: true,
      mentor: { select: { person: { select: { id: true, userId: true, lastName: true, firstName: true, middleName: true } } } },
      mentees: {
        where: { leftOn: null },
        select: {
          mentee: {
            select: {
              person: {
                select: {
                  id: true,
                  userId: true,
                  lastName: true,
                  firstName: true,
                  middleName: true,
                  birthDate: true,
                  parents: { select: { parent: { select: { userId: true } } } },
                },
              },
            },
          },
        },
      },
      presentation: { select: { form: true, summary: true, link: true, updatedAt: true } },
      reflections: {
        select: { kind: true, personId: true, achieved: true, difficulties: true, nextSteps: true, usefulness: true },
      },
    },
  });
  if (!pair) throw new AppError("NOT_FOUND");
  const today = todayCalendarDate(viewer.timeZone);
  const isCurator = viewer.roles.includes("CURATOR");
  const isMentor = pair.mentor.person.userId === viewer.userId;
  const people = [pair.mentor.person, ...pair.mentees.map((m) => m.mentee.person)];
  const ownPersonIds = new Set(
    pair.mentees.filter((m) => m.mentee.person.userId === viewer.userId).map((m) => m.mentee.person.id),
  );
  const childIds = new Set(
    pair.mentees
      .filter(({ mentee: { person } }) => person.parents.some((p) => p.parent.userId === viewer.userId))
      .filter(({ mentee: { person } }) => person.birthDate && fullYears(person.birthDate, today) < PARENT_READS_REFLECTION_UNDER)
      .map((m) => m.mentee.person.id),
  );
  const mayRead = (personId: string | null) =>
    personId === null || isCurator || isMentor || ownPersonIds.has(personId) || childIds.has(personId);
  const nameOf = (personId: string | null) => {
    const person = people.find((p) => p.id === personId);
    return person ? fullName(person) : "Группа";
  };
  const reflections = pair.reflections.filter((r) => mayRead(r.personId)).map((r) => ({ ...r, author: nameOf(r.personId) }));
  await recordReads(
    viewer,
    reflections.flatMap((r) => (r.personId && r.personId !== pair.mentor.person.id ? [r.personId] : [])),
    "Итоги работы пары",
  );
  const ownReflectionPersonId = isMentor && viewer.roles.includes("MENTOR") ? pair.mentor.person.id : [...ownPersonIds][0];
  return {
    id: pair.id,
    status: pair.status,
    isGroup: pair.format === "GROUP",
    mentorName: fullName(pair.mentor.person),
    menteeNames: pair.mentees.map((m) => fullName(m.mentee.person)),
    presentation: pair.presentation,
    reflections,
    /** What the viewer may write here (while the pair works). */
    may: {
      writePresentation: pair.status === "ACTIVE" && isMentor && viewer.roles.includes("MENTOR"),
      writeGroupReflection: pair.status === "ACTIVE" && isMentor && viewer.roles.includes("MENTOR") && pair.format === "GROUP",
      writeOwnReflection:
        pair.status === "ACTIVE" &&
        Boolean(ownReflectionPersonId) &&
        (viewer.roles.includes("MENTOR") || viewer.roles.includes("MENTEE")),
    },
    ownReflection: pair.reflections.find((r) => r.kind === "PERSONAL" && r.personId === ownReflectionPersonId) ?? null,
    groupReflection: pair.reflections.find((r) => r.kind === "GROUP") ?? null,
  };
}
