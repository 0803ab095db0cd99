import "server-only";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAudit } from "./record-audit";

/**
 * Logs that the viewer read these people's records (a card, a list, a printed sheet, an export).
 * Call it before the data are returned: a read that cannot be logged must not happen.
 * `what` names the place in Russian, e.g. «Карточка наставляемого», «Список класса 7А».
 */
export async function recordReads(viewer: Viewer, personIds: string[], what: string): Promise<void> {
  const ids = [...new Set(personIds)];
  await recordAudit(
    db,
    viewer,
    ids.map((entityId) => ({ action: "person.read", entityType: "Person", entityId, details: { what } })),
  );
}
