import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "./viewer";

// Prisma `where` fragments that limit rows to what a viewer may see. Put them inside the query, never after it.

/**
 * A pair the matching only proposed is the curator's draft, not the mentor's pair: until the curator accepts every
 * mentee of it, its mentor does not see it (nor the children's names in it).
 */
const NOT_PROPOSED: Prisma.MentorshipWhereInput = { NOT: { status: "FORMING", mentees: { some: { accepted: false } } } };

/** Pairs and groups the viewer leads as a mentor. */
export function ownMentorships(viewer: Viewer): Prisma.MentorshipWhereInput {
  return { schoolId: viewer.schoolId, mentor: { person: { userId: viewer.userId } }, ...NOT_PROPOSED };
}

/** Pairs and groups the viewer takes part in as a mentee. */
export function mentorshipsAsMentee(viewer: Viewer): Prisma.MentorshipWhereInput {
  return { schoolId: viewer.schoolId, mentees: { some: { mentee: { person: { userId: viewer.userId } } } } };
}

/**
 * Pairs and groups the viewer takes part in (issue 13A): as their mentor, or as a mentee or a mentee's parent while the
 * mentee is in it and once the order fixed it. The calendar feed holds these pairs' events only.
 */
export function mentorshipsTakenPartIn(viewer: Viewer): Prisma.MentorshipWhereInput {
  return {
    schoolId: viewer.schoolId,
    OR: [
      { mentor: { person: { userId: viewer.userId } }, ...NOT_PROPOSED },
      {
        status: { not: "FORMING" },
        mentees: {
          some: {
            leftOn: null,
            mentee: {
              person: { OR: [{ userId: viewer.userId }, { parents: { some: { parent: { userId: viewer.userId } } } }] },
            },
          },
        },
      },
    ],
  };
}

/** Pairs and groups whose plan and planned meetings the viewer may see: the curator's whole school, else those taken part in. */
export function mentorshipsInView(viewer: Viewer): Prisma.MentorshipWhereInput {
  if (viewer.roles.includes("CURATOR")) return { schoolId: viewer.schoolId };
  return mentorshipsTakenPartIn(viewer);
}

/** The viewer's own children in this school. */
export function ownChildren(viewer: Viewer): Prisma.PersonWhereInput {
  return { schoolId: viewer.schoolId, parents: { some: { parent: { userId: viewer.userId } } } };
}

/** People a questionnaire may be about when the viewer answers it: the viewer, or their child. */
export function answerableSubjects(viewer: Viewer): Prisma.PersonWhereInput {
  return {
    schoolId: viewer.schoolId,
    OR: [{ userId: viewer.userId }, { parents: { some: { parent: { userId: viewer.userId } } } }],
  };
}

/** Questionnaires addressed to the viewer about someone they may answer for. */
export function ownResponses(viewer: Viewer): Prisma.QuestionnaireResponseWhereInput {
  return { schoolId: viewer.schoolId, respondentId: viewer.userId, subject: answerableSubjects(viewer) };
}

/** Roadmap items whose evidence the viewer may see and add: all of the school's for editors, else their own or co-owned. */
export function workableRoadmapItems(viewer: Viewer, isEditor: boolean): Prisma.RoadmapItemWhereInput {
  if (isEditor) return { schoolId: viewer.schoolId };
  return {
    schoolId: viewer.schoolId,
    OR: [{ responsibleId: viewer.userId }, { coResponsibles: { some: { userId: viewer.userId } } }],
  };
}
