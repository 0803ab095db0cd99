import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { consentStatus } from "@/lib/consent/consent-rules";
import { db } from "@/lib/db/client";
import { todayCalendarDate } from "@/lib/format/date";
import { loadMentorRows, OPEN_MENTORSHIP } from "@/lib/mentors/load-mentor-rows";
import { assertCan } from "@/lib/permissions";
import { menteeEligibility } from "./eligibility";

/**
 * Mentors and mentees of the viewer's school with whether each may be put into a pair now, in a fixed number of
 * queries whatever the count; `ids` narrows them (the action checks only what it was sent).
 */
export async function loadMatchCandidates(viewer: Viewer, ids?: { mentorIds?: string[]; menteeIds?: string[] }) {
  assertCan(viewer, "mentorship:create");
  const today = todayCalendarDate(viewer.timeZone);
  const [mentors, mentees] = await Promise.all([
    loadMentorRows(viewer, { ids: ids?.mentorIds }, today),
    db.menteeProfile.findMany({
      where: { schoolId: viewer.schoolId, ...(ids?.menteeIds && { id: { in: ids.menteeIds } }) },
      select: {
        id: true,
        kind: true,
        person: {
          select: {
            id: true,
            lastName: true,
            firstName: true,
            middleName: true,
            birthDate: true,
            anonymisedAt: true,
            pupil: { select: { grade: true, classLetter: true, status: true } },
            consentsAbout: { where: { purpose: "MENTORING" }, select: { giverRole: true, withdrawnAt: true } },
          },
        },
        mentorships: { where: { leftOn: null, mentorship: { status: OPEN_MENTORSHIP } }, select: { id: true } },
      },
      orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
    }),
  ]);

  return {
    mentors: mentors.filter((m) => m.status !== "DECLINED"),
    mentees: mentees.map((m) => ({
      id: m.id,
      kind: m.kind,
      person: m.person,
      inOpenPair: m.mentorships.length > 0,
      eligibility: menteeEligibility({
        consent: consentStatus({ birthDate: m.person.birthDate, isPupil: !!m.person.pupil }, m.person.consentsAbout, today),
        pupilStatus: m.person.pupil?.status ?? null,
        anonymised: !!m.person.anonymisedAt,
      }),
    })),
  };
}
