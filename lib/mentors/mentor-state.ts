import type { ConsentStatus } from "@/lib/consent/consent-rules";
import type { MentorCategory, MentorStatus } from "@/lib/generated/prisma/enums";
import { mentorEligibility, type Eligibility } from "@/lib/matching/eligibility";
import { certificateState, type CertificateState } from "./certificate-rule";

export interface MentorState {
  certificate: CertificateState;
  consent: ConsentStatus;
  /** «Готов к подбору» when eligible, else every reason why not. */
  eligibility: Eligibility;
}

/** What the list and the card show about a mentor's readiness, judged on `today` with the school's certificate limit. */
export function mentorState(
  mentor: { category: MentorCategory; status: MentorStatus; certificateIssuedOn: Date | null; anonymised: boolean },
  consent: ConsentStatus,
  certificateMaxAgeMonths: number,
  today: Date,
): MentorState {
  const certificate = certificateState(mentor, certificateMaxAgeMonths, today);
  return {
    certificate,
    consent,
    eligibility: mentorEligibility({ status: mentor.status, certificate, consent, anonymised: mentor.anonymised }),
  };
}

/** How the mentor is known to the school: «Учитель математики», «10Б класс», or nothing for an outside person. */
export function mentorOrigin(person: {
  pupil: { grade: number; classLetter: string } | null;
  staff: { position: string } | null;
}): string | null {
  if (person.staff) return person.staff.position;
  if (person.pupil) return `${person.pupil.grade}${person.pupil.classLetter} класс`;
  return null;
}
