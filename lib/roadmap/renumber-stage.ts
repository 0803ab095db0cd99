import type { Prisma } from "@/lib/generated/prisma/client";

/** Gives a stage's items positions 1..n in the given order and codes «<stage>.<n>», as the roadmap numbers them. */
export async function renumberStage(tx: Prisma.TransactionClient, stage: { id: string; position: number }, orderedIds: string[]) {
  for (const [index, id] of orderedIds.entries()) {
    await tx.roadmapItem.update({ where: { id }, data: { position: index + 1, code: `${stage.position}.${index + 1}` } });
  }
}
