import type { InformationSource, MenteeRequestKind } from "@/lib/generated/prisma/enums";

/** Health limitations (ОВЗ) and whatever the psychologist reports are confidential whatever the form sent. */
export const alwaysConfidentialKinds: readonly MenteeRequestKind[] = ["HEALTH_LIMITATIONS"];
export const alwaysConfidentialSources: readonly InformationSource[] = ["PSYCHOLOGIST"];

export function isAlwaysConfidential(kind: MenteeRequestKind, source: InformationSource): boolean {
  return alwaysConfidentialKinds.includes(kind) || alwaysConfidentialSources.includes(source);
}

/**
 * The source and confidentiality stored for a new fact. A psychologist writes only their own notes, which are always
 * confidential, whatever source or checkbox the form sent; ОВЗ is confidential whoever writes it.
 */
export function storedFact(
  input: { kind: MenteeRequestKind; source: InformationSource; confidential: boolean },
  writer: { isPsychologist: boolean },
): { source: InformationSource; confidential: boolean } {
  const source = writer.isPsychologist ? "PSYCHOLOGIST" : input.source;
  return { source, confidential: writer.isPsychologist || input.confidential || isAlwaysConfidential(input.kind, source) };
}

/** A young specialist: 0–3 full years of teaching experience. */
export const youngTeacherMaxExperience = 3;

export function isYoungTeacher(experienceYears: number): boolean {
  return experienceYears >= 0 && experienceYears <= youngTeacherMaxExperience;
}

/** «7А» → { grade: 7, classLetter: "А" }; anything else is null. */
export function parseClassName(value: string | undefined | null): { grade: number; classLetter: string } | null {
  const match = /^(\d{1,2})\s*([^\d\s]{1,3})$/u.exec((value ?? "").trim());
  if (!match) return null;
  return { grade: Number(match[1]), classLetter: match[2].toUpperCase() };
}

export function className(pupil: { grade: number; classLetter: string }): string {
  return `${pupil.grade}${pupil.classLetter}`;
}
