import "server-only";
import { countResponses } from "./count-responses";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";
import { builtInTemplates } from "./library";

/** The school's current questionnaires with their submitted answers, and how many built-ins it has not taken yet. */
export async function listTemplates(viewer: Viewer) {
  assertCan(viewer, "questionnaire:manage-templates");
  const [templates, keys] = await Promise.all([
    db.questionnaireTemplate.findMany({
      where: { schoolId: viewer.schoolId, isCurrent: true },
      orderBy: [{ purpose: "asc" }, { title: "asc" }],
      select: {
        id: true,
        title: true,
        purpose: true,
        audience: true,
        version: true,
        builtInKey: true,
        _count: { select: { questions: true } },
      },
    }),
    db.questionnaireTemplate.findMany({
      where: { schoolId: viewer.schoolId, builtInKey: { not: null } },
      select: { builtInKey: true },
      distinct: ["builtInKey"],
    }),
  ]);
  const have = new Set(keys.map((k) => k.builtInKey));
  const answers = await countResponses(
    templates.map((t) => t.id),
    "SUBMITTED",
  );
  return {
    templates: templates.map(({ _count, ...t }) => ({ ...t, answers: answers.get(t.id) ?? 0, questions: _count.questions })),
    missingBuiltIns: builtInTemplates.filter((t) => !have.has(t.key)).length,
  };
}

export type TemplateListItem = Awaited<ReturnType<typeof listTemplates>>["templates"][number];
