/**
 * The shape of one generated school (issue 15's municipality: 50 schools of this shape hold 50,000 pupils, 4,000
 * staff, 15,000 pairs and groups, about 300,000 meetings, 500,000 answers and 2,000,000 audit entries). `factor`
 * shrinks a school for tests while keeping its proportions.
 */
export interface ScaleSpec {
  pupils: number;
  staff: number;
  /** Teachers among the staff who are mentors; the senior pupils who are mentors come on top. */
  staffMentors: number;
  pupilMentors: number;
  mentorships: number;
  /** Every `groupEvery`-th mentorship is a group of three, the others pairs. */
  groupEvery: number;
  meetingsPerPair: number;
  auditEntries: number;
}

export function scaleSpec(factor = 1): ScaleSpec {
  const scaled = (n: number, min: number) => Math.max(min, Math.round(n * factor));
  return {
    pupils: scaled(1000, 110),
    staff: scaled(80, 12),
    staffMentors: scaled(60, 6),
    pupilMentors: scaled(40, 4),
    mentorships: scaled(300, 20),
    groupEvery: 5,
    meetingsPerPair: 22,
    auditEntries: scaled(40_000, 500),
  };
}

/** Mentees a school holds: one per pair, three per group. */
export function menteesOf(spec: ScaleSpec): number {
  const groups = Math.floor(spec.mentorships / spec.groupEvery);
  return spec.mentorships + 2 * groups;
}

/** Pupils of grades 5–9 are mentees, pupils of grades 10–11 mentors: the n-th of each, counted across classes. */
export const menteePupil = (n: string) => `(11 * ((${n} - 1) / 5) + 4 + (${n} - 1) % 5 + 1)`;
export const mentorPupil = (r: string) => `(11 * ((${r} - 1) / 2) + 9 + (${r} - 1) % 2 + 1)`;

/** Whether the spec's mentees and pupil mentors fit among its pupils (11 parallels, pupils spread over them). */
export function fitsPupils(spec: ScaleSpec): boolean {
  const mentees = menteesOf(spec);
  const lastMentee = 11 * Math.floor((mentees - 1) / 5) + 4 + ((mentees - 1) % 5) + 1;
  const lastMentor = 11 * Math.floor((spec.pupilMentors - 1) / 2) + 9 + ((spec.pupilMentors - 1) % 2) + 1;
  return lastMentee <= spec.pupils && lastMentor <= spec.pupils && spec.staffMentors + 2 <= spec.staff;
}
