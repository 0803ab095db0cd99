import { differenceInYears } from "date-fns";
import type { ConsentGiverRole } from "@/lib/generated/prisma/enums";

/**
 * Who must consent for a person (152-ФЗ, ст. 9 and ГК РФ ст. 26, 28):
 * under 14 — a parent or legal representative; 14–17 — the pupil and a parent; 18+ — the person.
 */
export type ConsentRequirement = "REPRESENTATIVE" | "SELF_AND_REPRESENTATIVE" | "SELF" | "UNKNOWN_AGE";
export type ConsentGiver = "SELF" | "REPRESENTATIVE";

export interface ConsentSubject {
  birthDate: Date | null;
  /** A pupil's age must be known; adults outside the roster (staff, outside mentors) may have no birth date. */
  isPupil: boolean;
}

export interface ConsentRecord {
  giverRole: ConsentGiverRole;
  withdrawnAt: Date | null;
}

export interface ConsentStatus {
  valid: boolean;
  requirement: ConsentRequirement;
  /** Givers whose consent is still needed. */
  missing: ConsentGiver[];
  /** A consent was withdrawn and none valid replaced it. */
  withdrawn: boolean;
}

export function ageOn(birthDate: Date, day: Date): number {
  return differenceInYears(day, birthDate);
}

export function consentRequirement(subject: ConsentSubject, today: Date): ConsentRequirement {
  if (!subject.birthDate) return subject.isPupil ? "UNKNOWN_AGE" : "SELF";
  const age = ageOn(subject.birthDate, today);
  if (age < 14) return "REPRESENTATIVE";
  if (age < 18) return "SELF_AND_REPRESENTATIVE";
  return "SELF";
}

export function requiredGivers(requirement: ConsentRequirement): ConsentGiver[] {
  switch (requirement) {
    case "REPRESENTATIVE":
      return ["REPRESENTATIVE"];
    case "SELF_AND_REPRESENTATIVE":
      return ["SELF", "REPRESENTATIVE"];
    case "SELF":
      return ["SELF"];
    case "UNKNOWN_AGE":
      return [];
  }
}

export function giverOf(role: ConsentGiverRole): ConsentGiver {
  return role === "SELF" ? "SELF" : "REPRESENTATIVE";
}

/** The consents of one person for one purpose, judged on `today`. */
export function consentStatus(subject: ConsentSubject, consents: ConsentRecord[], today: Date): ConsentStatus {
  const requirement = consentRequirement(subject, today);
  const active = new Set(consents.filter((c) => !c.withdrawnAt).map((c) => giverOf(c.giverRole)));
  const missing = requiredGivers(requirement).filter((giver) => !active.has(giver));
  const valid = requirement !== "UNKNOWN_AGE" && missing.length === 0;
  return { valid, requirement, missing, withdrawn: !valid && consents.some((c) => c.withdrawnAt) };
}

/** Who may give a consent of this role for this subject on `today`; null when allowed. */
export function giverRefusal(subject: ConsentSubject, giverRole: ConsentGiverRole, today: Date): string | null {
  const requirement = consentRequirement(subject, today);
  if (requirement === "UNKNOWN_AGE") return "У ученика не указана дата рождения: сначала внесите её в контингент.";
  if (!requiredGivers(requirement).includes(giverOf(giverRole))) {
    return giverRole === "SELF"
      ? "До 14 лет согласие даёт родитель или законный представитель."
      : "Совершеннолетний даёт согласие сам.";
  }
  return null;
}

export const consentStatusLabels = {
  valid: "Согласие есть",
  withdrawn: "Согласие отозвано",
  UNKNOWN_AGE: "Нет даты рождения",
  missing: { SELF: "нет согласия самого участника", REPRESENTATIVE: "нет согласия родителя" } satisfies Record<
    ConsentGiver,
    string
  >,
} as const;

/** A short Russian description, e.g. «Нет согласия: нет согласия родителя». */
export function describeConsent(status: ConsentStatus): string {
  if (status.valid) return consentStatusLabels.valid;
  if (status.requirement === "UNKNOWN_AGE") return consentStatusLabels.UNKNOWN_AGE;
  if (status.withdrawn) return consentStatusLabels.withdrawn;
  return `Нет согласия: ${status.missing.map((m) => consentStatusLabels.missing[m]).join(", ")}`;
}
