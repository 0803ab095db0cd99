import { consentRequirement } from "@/lib/consent/consent-rules";
import type { Viewer } from "@/lib/auth/viewer";

/** A present mentee of the pair as the proposal rule reads it. */
export interface ProposerMentee {
  menteeId: string;
  userId: string | null;
  firstName: string;
  birthDate: Date | null;
  parentUserIds: (string | null)[];
}

export interface PlanProposer {
  /** The mentee the proposal is made by, or for. */
  menteeId: string;
  firstName: string;
  byParent: boolean;
}

/**
 * Who the viewer proposes a change to a plan as: the mentee themselves (role MENTEE), or a parent for their child under
 * 14 — as for the preferences after the group meeting, a legal representative acts for a younger child (ГК РФ ст. 28);
 * from 14 the mentee proposes themselves. A plan of one mentee in a group takes that mentee's only. Null: may not.
 */
export function planProposer(
  viewer: Pick<Viewer, "userId" | "roles">,
  mentees: ProposerMentee[],
  planMenteeId: string | null,
  today: Date,
): PlanProposer | null {
  const onPlan = mentees.filter((m) => planMenteeId === null || m.menteeId === planMenteeId);
  const self = onPlan.find((m) => m.userId === viewer.userId);
  if (self)
    return viewer.roles.includes("MENTEE") ? { menteeId: self.menteeId, firstName: self.firstName, byParent: false } : null;
  if (!viewer.roles.includes("PARENT")) return null;
  const child = onPlan.find(
    (m) =>
      m.parentUserIds.includes(viewer.userId) &&
      consentRequirement({ birthDate: m.birthDate, isPupil: true }, today) === "REPRESENTATIVE",
  );
  return child ? { menteeId: child.menteeId, firstName: child.firstName, byParent: true } : null;
}
