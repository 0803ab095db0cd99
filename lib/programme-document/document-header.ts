import { fullName } from "@/lib/format/person-name";
import { formLabels } from "@/lib/mentorships/labels";
import type { ProgrammeDocumentInput } from "./document-blocks";

/** The title page lines above the sections: who files it, the title and forms, the compiler, the version. */
export function documentHeader(input: ProgrammeDocumentInput) {
  const curator = input.organisation.team.find((member) => member.role === "CURATOR");
  const compiler = input.sections.compiler || (curator ? `куратор программы ${fullName(curator.person)}` : "");
  return {
    issuers: [input.municipality, input.schoolName].filter((line): line is string => Boolean(line)),
    title: ["Программа наставничества", `«${input.title}»`, ...input.forms.map((form) => `«${formLabels[form]}»`)],
    compiler: compiler ? `Составитель: ${compiler}` : null,
    status: input.version.approved ? null : `Проект, версия ${input.version.number}: не утверждён`,
  };
}
