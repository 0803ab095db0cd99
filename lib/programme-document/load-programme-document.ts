import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { loadRoadmapDocument } from "@/lib/roadmap/export/load-roadmap-document";
import { getModulePlans } from "./get-module-plans";
import { getProgrammeOrganisation } from "./get-programme-organisation";
import { getProgrammeText } from "./get-programme-text";
import type { ProgrammeDocumentInput } from "./document-blocks";

/** Everything the programme's document shows, from its newest text version. A fixed number of queries. */
export async function loadProgrammeDocument(viewer: Viewer): Promise<ProgrammeDocumentInput> {
  const text = await getProgrammeText(viewer);
  if (!text.latest) throw new AppError("NOT_FOUND", "Текст программы ещё не создан.");
  const { programme, latest } = text;
  const [school, organisation, roadmap, modulePlans] = await Promise.all([
    db.school.findUniqueOrThrow({ where: { id: viewer.schoolId }, select: { name: true, municipality: true } }),
    getProgrammeOrganisation(viewer),
    loadRoadmapDocument(viewer, programme.startYear),
    getModulePlans(viewer, programme),
  ]);
  return {
    municipality: school.municipality,
    schoolName: school.name,
    title: programme.title,
    forms: programme.forms,
    version: { number: latest.number, approved: latest.status === "APPROVED" },
    approval: latest,
    sections: latest.sections,
    organisation,
    roadmap: roadmap?.doc ?? null,
    modulePlans: modulePlans.filter((plan) => plan.items.length > 0),
  };
}
