import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

/** The school's current monitoring questionnaires, for the second stage of monitoring. */
export function listMonitoringTemplates(viewer: Viewer) {
  return db.questionnaireTemplate.findMany({
    where: { schoolId: viewer.schoolId, purpose: "MONITORING", isCurrent: true },
    orderBy: { title: "asc" },
    select: { id: true, title: true },
  });
}
