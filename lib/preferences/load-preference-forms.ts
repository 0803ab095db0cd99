import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { consentRequirement } from "@/lib/consent/consent-rules";
import { db } from "@/lib/db/client";
import { fullName } from "@/lib/format/person-name";
import { can } from "@/lib/permissions";
import { findCurrentProgramme } from "@/lib/roadmap/find-current-programme";
import { MAX_CHOICES } from "./preference-schema";

const person = { select: { lastName: true, firstName: true, middleName: true } } as const;

export interface PreferenceForm {
  chooserKind: "MENTEE" | "MENTOR";
  chooserId: string;
  /** The child's first name when a parent answers for them. */
  forChild: string | null;
  max: number;
  /** The people who were at a group meeting of the current programme with the chooser. */
  options: { id: string; label: string }[];
  /** The saved ranking, first choice first. */
  current: string[];
}

/**
 * The rankings the viewer may fill in after the group meetings of the current programme: their own as a mentee or a
 * mentor, and a younger child's (under 14) as a parent. Each offers only who was at a meeting with the chooser.
 */
export async function loadPreferenceForms(viewer: Viewer, today: Date) {
  const programme = await findCurrentProgramme(viewer.schoolId);
  if (!programme) return { programmeId: null, forms: [] as PreferenceForm[] };
  const attended = { some: { meeting: { programmeId: programme.id } } };
  const meetingIn = { where: { meeting: { programmeId: programme.id } }, select: { meetingId: true } };
  const [mentees, mentor] = await Promise.all([
    db.menteeProfile.findMany({
      where: {
        schoolId: viewer.schoolId,
        groupMeetings: attended,
        person: { OR: [{ userId: viewer.userId }, { parents: { some: { parent: { userId: viewer.userId } } } }] },
      },
      select: { id: true, person: { select: { userId: true, firstName: true, birthDate: true } }, groupMeetings: meetingIn },
    }),
    can(viewer, "preference:enter-as-mentor")
      ? db.mentorProfile.findFirst({
          where: { schoolId: viewer.schoolId, groupMeetings: attended, person: { userId: viewer.userId } },
          select: { id: true, groupMeetings: meetingIn },
        })
      : null,
  ]);
  const choosers = mentees.filter((m) =>
    m.person.userId === viewer.userId
      ? can(viewer, "preference:enter-as-mentee")
      : can(viewer, "family:read-own") &&
        consentRequirement({ birthDate: m.person.birthDate, isPupil: true }, today) === "REPRESENTATIVE",
  );
  const meetingsOf = (rows: { meetingId: string }[]) => rows.map((r) => r.meetingId);
  const [mentorsMet, menteesMet, saved] = await Promise.all([
    db.groupMeetingMentor.findMany({
      where: { schoolId: viewer.schoolId, meetingId: { in: choosers.flatMap((m) => meetingsOf(m.groupMeetings)) } },
      select: { meetingId: true, mentorId: true, mentor: { select: { person } } },
    }),
    db.groupMeetingMentee.findMany({
      where: { schoolId: viewer.schoolId, meetingId: { in: mentor ? meetingsOf(mentor.groupMeetings) : [] } },
      select: { meetingId: true, menteeId: true, mentee: { select: { person } } },
    }),
    db.matchPreference.findMany({
      where: {
        schoolId: viewer.schoolId,
        programmeId: programme.id,
        OR: [
          { direction: "MENTEE_TO_MENTOR", menteeId: { in: choosers.map((m) => m.id) } },
          { direction: "MENTOR_TO_MENTEE", mentorId: mentor?.id ?? "" },
        ],
      },
      orderBy: { rank: "asc" },
      select: { direction: true, menteeId: true, mentorId: true },
    }),
  ]);
  const unique = (rows: { id: string; label: string }[]) =>
    [...new Map(rows.map((r) => [r.id, r])).values()].sort((a, b) => a.label.localeCompare(b.label, "ru"));
  const forms: PreferenceForm[] = choosers.map((m) => ({
    chooserKind: "MENTEE",
    chooserId: m.id,
    forChild: m.person.userId === viewer.userId ? null : m.person.firstName,
    max: MAX_CHOICES.MENTEE,
    options: unique(
      mentorsMet
        .filter((row) => meetingsOf(m.groupMeetings).includes(row.meetingId))
        .map((row) => ({ id: row.mentorId, label: fullName(row.mentor.person) })),
    ),
    current: saved.filter((p) => p.direction === "MENTEE_TO_MENTOR" && p.menteeId === m.id).map((p) => p.mentorId),
  }));
  if (mentor) {
    forms.push({
      chooserKind: "MENTOR",
      chooserId: mentor.id,
      forChild: null,
      max: MAX_CHOICES.MENTOR,
      options: unique(menteesMet.map((row) => ({ id: row.menteeId, label: fullName(row.mentee.person) }))),
      current: saved.filter((p) => p.direction === "MENTOR_TO_MENTEE").map((p) => p.menteeId),
    });
  }
  return { programmeId: programme.id, forms };
}
