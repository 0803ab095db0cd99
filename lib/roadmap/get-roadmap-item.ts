import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, can } from "@/lib/permissions";
import type { FieldChange } from "./item-changes";
import { workingHere } from "@/lib/accounts/working-here";

/**
 * One roadmap item of the viewer's school with its change history (newest first), comments for those who may comment,
 * evidence files only for editors and the item's responsible people, and the staff it may be assigned to.
 */
export async function getRoadmapItem(viewer: Viewer, itemId: string) {
  assertCan(viewer, "roadmap:read");
  const mayEdit = can(viewer, "roadmap:edit");
  const mayComment = can(viewer, "roadmap:comment");
  const [item, staff] = await Promise.all([
    db.roadmapItem.findFirst({
      where: { id: itemId, schoolId: viewer.schoolId },
      include: {
        stage: { select: { position: true, title: true } },
        programme: { select: { startYear: true } },
        responsible: { select: { displayName: true } },
        changes: { orderBy: { createdAt: "desc" }, include: { user: { select: { displayName: true } } } },
        coResponsibles: { select: { userId: true, user: { select: { displayName: true } } } },
      },
    }),
    mayEdit
      ? db.user.findMany({
          // Staff who work here now, and whoever is already on the item (so the form keeps them).
          where: {
            OR: [
              {
                ...workingHere(viewer.schoolId),
                people: { some: { schoolId: viewer.schoolId, staff: { is: { leftAt: null } } } },
              },
              { roadmapItems: { some: { id: itemId, schoolId: viewer.schoolId } } },
              { coResponsibleFor: { some: { itemId, item: { schoolId: viewer.schoolId } } } },
            ],
          },
          orderBy: { displayName: "asc" },
          select: { id: true, displayName: true },
        })
      : Promise.resolve([]),
  ]);
  if (!item) throw new AppError("NOT_FOUND");
  const mayWork = mayEdit || item.responsibleId === viewer.userId || item.coResponsibles.some((c) => c.userId === viewer.userId);
  const evidence = mayWork
    ? await db.roadmapEvidence.findMany({
        where: { itemId: item.id, schoolId: viewer.schoolId },
        orderBy: { createdAt: "asc" },
        select: { id: true, fileName: true, size: true, createdAt: true, uploadedBy: { select: { displayName: true } } },
      })
    : null;
  const comments = mayComment
    ? await db.roadmapItemComment.findMany({
        where: { itemId: item.id, schoolId: viewer.schoolId },
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, author: { select: { displayName: true } } },
      })
    : null;
  return {
    ...item,
    evidence,
    mayWork,
    comments,
    changes: item.changes.map((c) => ({ ...c, changes: c.changes as unknown as FieldChange[] })),
    assignable: staff,
  };
}

export type RoadmapItemView = Awaited<ReturnType<typeof getRoadmapItem>>;
