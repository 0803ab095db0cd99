import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";

/**
 * Gives a stage's items positions 1..n in the given order and codes «<stage>.<n>», as the roadmap numbers them;
 * an item whose number changes gets that change in its history.
 */
export async function renumberStage(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  stage: { id: string; position: number },
  orderedIds: string[],
) {
  const current = new Map(
    (
      await tx.roadmapItem.findMany({ where: { stageId: stage.id, schoolId: viewer.schoolId }, select: { id: true, code: true } })
    ).map((i) => [i.id, i.code]),
  );
  for (const [index, id] of orderedIds.entries()) {
    const code = `${stage.position}.${index + 1}`;
    if (current.get(id) === code) continue;
    // A renumbered item is a changed item: its version moves, so an editor holding the old number gets a conflict.
    await tx.roadmapItem.updateMany({
      where: { id, schoolId: viewer.schoolId, stageId: stage.id },
      data: { position: index + 1, code, version: { increment: 1 } },
    });
    await tx.roadmapItemChange.create({
      data: {
        schoolId: viewer.schoolId,
        itemId: id,
        userId: viewer.userId,
        changes: [{ field: "№ п/п", from: current.get(id) ?? "—", to: code }],
      },
    });
  }
}
