import type { MentorStatus, PupilStatus } from "@/lib/generated/prisma/enums";
import { describeConsent, type ConsentStatus } from "@/lib/consent/consent-rules";
import { certificateAllowsWork, type CertificateState } from "@/lib/mentors/certificate-rule";

/** Whether a person may be put into a pair or group now, and if not, every reason why (in Russian, for the curator). */
export interface Eligibility {
  eligible: boolean;
  reasons: string[];
}

function result(reasons: string[]): Eligibility {
  return { eligible: reasons.length === 0, reasons };
}

export function menteeEligibility(mentee: {
  consent: ConsentStatus;
  pupilStatus: PupilStatus | null;
  anonymised: boolean;
}): Eligibility {
  const reasons: string[] = [];
  if (mentee.anonymised) reasons.push("Данные обезличены");
  if (mentee.pupilStatus === "LEFT") reasons.push("Выбыл из школы");
  if (!mentee.consent.valid) reasons.push(describeConsent(mentee.consent));
  return result(reasons);
}

export function mentorEligibility(mentor: {
  status: MentorStatus;
  certificate: CertificateState;
  consent: ConsentStatus;
  anonymised: boolean;
}): Eligibility {
  const reasons: string[] = [];
  if (mentor.anonymised) reasons.push("Данные обезличены");
  if (mentor.status !== "READY") reasons.push("Наставник ещё не готов к работе (не прошёл отбор и обучение)");
  if (!certificateAllowsWork(mentor.certificate)) {
    reasons.push(mentor.certificate.kind === "MISSING" ? "Нет справки о несудимости" : "Справка о несудимости устарела");
  }
  if (!mentor.consent.valid) reasons.push(describeConsent(mentor.consent));
  return result(reasons);
}
