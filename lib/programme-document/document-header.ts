import { fullName } from "@/lib/format/person-name";
import { formLabels } from "@/lib/mentorships/labels";
import type { ProgrammeDocumentInput } from "./document-blocks";

/**
 * «Программа наставничества» and the programme's own name in quotes — or the title alone when it already says it is a
 * programme («Программа наставничества „Школа наставничества“, 2026/2027 учебный год»), not the words twice.
 */
export function titleLines(title: string): string[] {
  return /^программа(\s|$)/iu.test(title.trim()) ? [title.trim()] : ["Программа наставничества", `«${title.trim()}»`];
}

/** The title page lines above the sections: who files it, the title and forms, the compiler, the version. */
export function documentHeader(input: ProgrammeDocumentInput) {
  const curator = input.organisation.team.find((member) => member.role === "CURATOR");
  const compiler = input.sections.compiler || (curator ? `куратор программы ${fullName(curator.person)}` : "");
  return {
    issuers: [input.municipality, input.schoolName].filter((line): line is string => Boolean(line)),
    title: [...titleLines(input.title), ...input.forms.map((form) => `«${formLabels[form]}»`)],
    compiler: compiler ? `Составитель: ${compiler}` : null,
    status: input.version.approved ? null : `Проект, версия ${input.version.number}: не утверждён`,
  };
}
