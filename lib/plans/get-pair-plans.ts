import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import { mentorshipsInView } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fullName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";
import { planProgress } from "./plan-progress";
import { planProposer } from "./plan-proposer";

const personName = { select: { lastName: true, firstName: true, middleName: true, userId: true } } as const;

/**
 * The plans of one pair or group the viewer may see (lib/auth/scopes.ts mentorshipsInView), with goals, tasks, progress,
 * proposals and versions. A mentee sees the group's plan and their own, a parent the group's and their child's; the
 * mentor and the curator every plan of the pair. Someone else's pair is "not found".
 */
export async function getPairPlans(viewer: Viewer, mentorshipId: string) {
  assertCan(viewer, "plan:read");
  const mentorship = await db.mentorship.findFirst({
    where: { id: mentorshipId, ...mentorshipsInView(viewer) },
    select: {
      id: true,
      status: true,
      mentor: { select: { id: true, shownContact: true, person: personName } },
      mentees: {
        where: { leftOn: null },
        select: {
          menteeId: true,
          mentee: {
            select: {
              personId: true,
              person: {
                select: {
                  ...personName.select,
                  birthDate: true,
                  parents: { select: { parent: { select: { userId: true } } } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!mentorship) throw new AppError("NOT_FOUND");
  const isMentor = mentorship.mentor.person.userId === viewer.userId;
  const fullView = isMentor || viewer.roles.includes("CURATOR");
  // Whose individual plans the viewer may read: all for the mentor and curator, else the viewer's own or their child's.
  const ownMenteeIds = mentorship.mentees
    .filter(
      (m) => m.mentee.person.userId === viewer.userId || m.mentee.person.parents.some((p) => p.parent.userId === viewer.userId),
    )
    .map((m) => m.menteeId);
  // Proposals on a group's plan carry a child's words: others in the group (and their parents) see only their own.
  // A child's proposals and their parents' (made for them) are the family's own.
  const ownUserIds = [
    viewer.userId,
    ...mentorship.mentees.flatMap((m) =>
      ownMenteeIds.includes(m.menteeId)
        ? [m.mentee.person.userId, ...m.mentee.person.parents.map((p) => p.parent.userId)].filter(
            (id): id is string => id !== null,
          )
        : [],
    ),
  ];
  const plans = await db.individualPlan.findMany({
    where: {
      schoolId: viewer.schoolId,
      mentorshipId: mentorship.id,
      ...(fullView ? {} : { OR: [{ menteeId: null }, { menteeId: { in: ownMenteeIds } }] }),
    },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      menteeId: true,
      version: true,
      updatedAt: true,
      goals: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          parameter: true,
          targetValue: true,
          requestId: true,
          request: { select: { kind: true, confidential: true } },
          tasks: { orderBy: { position: "asc" }, select: { id: true, title: true, dueOn: true, status: true } },
        },
      },
      proposals: {
        ...(fullView
          ? {}
          : { where: { OR: [{ proposedById: { in: ownUserIds } }, { plan: { menteeId: { in: ownMenteeIds } } }] } }),
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          goalId: true,
          title: true,
          dueOn: true,
          comment: true,
          status: true,
          createdAt: true,
          decisionComment: true,
          byParent: true,
          proposedById: true,
        },
      },
      versions: { orderBy: { version: "desc" }, select: { version: true, note: true, createdAt: true, snapshot: true } },
    },
  });
  const names = new Map(mentorship.mentees.map((m) => [m.menteeId, fullName(m.mentee.person)]));
  const shownMentees = fullView ? mentorship.mentees : mentorship.mentees.filter((m) => ownMenteeIds.includes(m.menteeId));
  await recordReads(
    viewer,
    shownMentees.map((m) => m.mentee.personId),
    "Индивидуальный план",
  );
  const proposers = mentorship.mentees.map(({ menteeId, mentee: { person } }) => ({
    menteeId,
    userId: person.userId,
    firstName: person.firstName,
    birthDate: person.birthDate,
    parentUserIds: person.parents.map((p) => p.parent.userId),
  }));
  const today = new Date();
  /** Who made a proposal, as the pair's people read it: the mentee by name, or a parent with their child's name. */
  const proposedBy = (p: { byParent: boolean; proposedById: string | null }) => {
    const mentee = proposers.find((m) => (p.byParent ? m.parentUserIds.includes(p.proposedById) : m.userId === p.proposedById));
    const name = mentee ? (names.get(mentee.menteeId) ?? mentee.firstName) : null;
    if (p.byParent) return name ? `родитель (${name})` : "родитель";
    return name ?? "наставляемый";
  };
  return {
    id: mentorship.id,
    status: mentorship.status,
    isMentor,
    mentorName: fullName(mentorship.mentor.person),
    /** The contact the mentor chose to show (null: none). */
    mentorContact: mentorship.mentor.shownContact,
    mentees: shownMentees.map((m) => ({ id: m.menteeId, name: names.get(m.menteeId)! })),
    plans: plans.map((plan) => ({
      ...plan,
      proposals: plan.proposals.map(({ proposedById, ...p }) => ({ ...p, proposedBy: proposedBy({ ...p, proposedById }) })),
      /** The viewer may propose a change to this plan: its mentee, or a parent of a child under 14 on it. */
      mayPropose: mentorship.status === "ACTIVE" && planProposer(viewer, proposers, plan.menteeId, today) !== null,
      menteeName: plan.menteeId ? (names.get(plan.menteeId) ?? null) : null,
      // A confidential request is named to those who may see it only: the mentor it was shared with and the curator.
      goals: plan.goals.map((g) => ({
        ...g,
        request: g.request && (!g.request.confidential || fullView) ? g.request : null,
        progress: planProgress(g.tasks),
      })),
      progress: planProgress(plan.goals.flatMap((g) => g.tasks)),
    })),
  };
}
