import type { MentoringForm } from "@/lib/generated/prisma/enums";
import type { PlainSectionKey, ProgrammeSections } from "./sections-schema";

export type SectionChange =
  { section: PlainSectionKey; text: string } | { section: "expectedResults" | "roleModels"; form: MentoringForm; text: string };

/** The sections with one section changed; a per-form section is replaced in place or added for a new form. */
export function applySection(sections: ProgrammeSections, change: SectionChange): ProgrammeSections {
  if (change.section === "expectedResults" || change.section === "roleModels") {
    const list = sections[change.section];
    const exists = list.some((entry) => entry.form === change.form);
    const next = exists
      ? list.map((entry) => (entry.form === change.form ? { form: entry.form, text: change.text } : entry))
      : [...list, { form: change.form, text: change.text }];
    return { ...sections, [change.section]: next };
  }
  return { ...sections, [change.section]: change.text };
}
