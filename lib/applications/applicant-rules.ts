import { ageOn } from "@/lib/consent/consent-rules";
import type { ApplicantKind, ApplicationRole } from "@/lib/generated/prisma/enums";

/** A pupil younger than this applies only through a parent (the seeds and 152-ФЗ: a legal representative acts for them). */
export const SELF_APPLICATION_MIN_AGE = 14;

/** Signed-out applications one address may send within 15 minutes: enough for a family, too few to flood the curator. */
export const MAX_PUBLIC_APPLICATIONS_PER_IP = 5;

/**
 * The caller's address as the applications limit counts it: an IPv6 address by its /48 network (what a provider may
 * give one subscriber, who could otherwise rotate through a /56's 256 networks).
 */
export function addressGroup(ip: string): string {
  if (!ip.includes(":")) return ip;
  const [head] = ip.split("%");
  const parts = head.includes("::")
    ? (() => {
        const [left, right] = head.split("::");
        const l = left ? left.split(":") : [];
        const r = right ? right.split(":") : [];
        return [...l, ...Array(8 - l.length - r.length).fill("0"), ...r];
      })()
    : head.split(":");
  return `${parts
    .slice(0, 3)
    .map((part) => part.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/48`;
}

export interface Applicant {
  birthDate: Date | null;
  isPupil: boolean;
  isStaff: boolean;
  /** The viewer applies for themselves, not for their child. */
  self: boolean;
}

export function applicantKind(applicant: Pick<Applicant, "isPupil" | "isStaff">): ApplicantKind {
  if (applicant.isPupil) return "PUPIL";
  if (applicant.isStaff) return "TEACHER";
  return "OUTSIDE_ADULT";
}

/** Why this application may not be made, or null when it may. */
export function applicationRefusal(applicant: Applicant, role: ApplicationRole, today: Date): string | null {
  if (applicant.isPupil && applicant.self) {
    if (!applicant.birthDate || ageOn(applicant.birthDate, today) < SELF_APPLICATION_MIN_AGE) {
      return "За ученика младше 14 лет заявку подаёт родитель или законный представитель.";
    }
  }
  if (!applicant.isPupil && !applicant.isStaff && role === "MENTEE") {
    return "Наставляемыми в программе бывают ученики и педагоги школы: взрослый не из школы может стать наставником.";
  }
  return null;
}
