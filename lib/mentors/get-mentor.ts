import "server-only";
import { countCurrentMentees } from "@/lib/mentorships/count-current-mentees";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { consentStatus } from "@/lib/consent/consent-rules";
import { loadConsentStatuses } from "@/lib/consent/load-consent-statuses";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayCalendarDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";
import { findCurrentProgramme } from "@/lib/roadmap/find-current-programme";
import { MENTOR_PERSON_SELECT, OPEN_MENTORSHIP } from "./load-mentor-rows";
import { mentorReadiness } from "./mentor-readiness";
import { mentorOrigin, mentorState } from "./mentor-state";

/** One mentor's card: profile, interviews, trainings attended, readiness. Another school's id is "not found". */
export async function getMentor(viewer: Viewer, mentorId: string, today = todayCalendarDate(viewer.timeZone)) {
  assertCan(viewer, "mentor-base:read");
  const [school, programme, mentor] = await Promise.all([
    db.school.findUniqueOrThrow({ where: { id: viewer.schoolId }, select: { certificateMaxAgeMonths: true } }),
    findCurrentProgramme(viewer.schoolId),
    db.mentorProfile.findFirst({
      where: { id: mentorId, schoolId: viewer.schoolId },
      include: {
        ...MENTOR_PERSON_SELECT,
        interviews: {
          where: { schoolId: viewer.schoolId },
          orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
          include: { interviewer: { select: { displayName: true } } },
        },
        trainings: {
          where: { schoolId: viewer.schoolId, attended: true },
          orderBy: { event: { heldOn: "desc" } },
          select: { event: { select: { id: true, title: true, heldOn: true } } },
        },
        mentorships: {
          where: { schoolId: viewer.schoolId, status: OPEN_MENTORSHIP },
          select: { id: true, programmeId: true },
        },
      },
    }),
  ]);
  if (!mentor) throw new AppError("NOT_FOUND");
  await recordReads(viewer, [mentor.personId], "Карточка наставника");
  const { person, mentorships, ...profile } = mentor;
  const consent =
    (await loadConsentStatuses(viewer.schoolId, [mentor.personId], today)).get(mentor.personId) ??
    consentStatus({ birthDate: person.birthDate, isPupil: !!person.pupil }, [], today);
  // Only the current programme's pairs take the mentor's places.
  const current = mentorships.filter((pair) => pair.programmeId === programme?.id).map((pair) => pair.id);
  const mentees = await countCurrentMentees(current);
  const load = current.reduce((sum, id) => sum + (mentees.get(id) ?? 0), 0);
  const state = mentorState({ ...profile, anonymised: !!person.anonymisedAt }, consent, school.certificateMaxAgeMonths, today);
  return {
    ...profile,
    person,
    name: fullName(person),
    origin: mentorOrigin(person),
    isOutside: !person.pupil && !person.staff,
    load,
    ...state,
    readiness: mentorReadiness(state.eligibility, load, profile.capacity),
  };
}

export type MentorCard = Awaited<ReturnType<typeof getMentor>>;
