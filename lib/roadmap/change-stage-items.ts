"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { deleteStoredFile } from "@/lib/files/file-store";
import { parseCalendarDate } from "@/lib/format/date";
import { addItemSchema, moveItemSchema, removeItemSchema } from "./item-structure-schemas";
import { checkDueInSchoolYear } from "./check-due-in-school-year";
import { renumberStage } from "./renumber-stage";

const stageItems = { orderBy: { position: "asc" as const }, select: { id: true } };

/** Adds an item at the end of a stage of the viewer's school. */
export const addRoadmapItem = defineAction({ schema: addItemSchema, permission: "roadmap:edit" }, async (input, viewer) => {
  const item = await db.$transaction(async (tx) => {
    const stage = await tx.programmeStage.findFirst({
      where: { id: input.stageId, schoolId: viewer.schoolId },
      select: { id: true, position: true, programmeId: true, programme: { select: { startYear: true } }, items: stageItems },
    });
    if (!stage) throw new AppError("NOT_FOUND");
    checkDueInSchoolYear(input.dueOn, stage.programme.startYear);
    const position = stage.items.length + 1;
    const created = await tx.roadmapItem.create({
      data: {
        schoolId: viewer.schoolId,
        programmeId: stage.programmeId,
        stageId: stage.id,
        position,
        code: `${stage.position}.${position}`,
        title: input.title,
        deadlineLabel: input.deadlineLabel || null,
        dueOn: input.dueOn ? parseCalendarDate(input.dueOn) : null,
      },
      select: { id: true, code: true },
    });
    await tx.roadmapItemChange.create({
      data: {
        schoolId: viewer.schoolId,
        itemId: created.id,
        userId: viewer.userId,
        changes: [{ field: "Пункт", from: "—", to: "добавлен" }],
      },
    });
    await recordAudit(tx, viewer, { action: "roadmap-item.add", entityType: "RoadmapItem", entityId: created.id });
    return created;
  });
  revalidatePath("/", "layout");
  return item;
});

/** Moves an item one place up or down inside its stage and renumbers the stage. */
export const moveRoadmapItem = defineAction(
  { schema: moveItemSchema, permission: "roadmap:edit" },
  async ({ itemId, direction }, viewer) => {
    await db.$transaction(async (tx) => {
      const item = await tx.roadmapItem.findFirst({
        where: { id: itemId, schoolId: viewer.schoolId },
        select: { stage: { select: { id: true, position: true, items: stageItems } } },
      });
      if (!item) throw new AppError("NOT_FOUND");
      const ids = item.stage.items.map((i) => i.id);
      const from = ids.indexOf(itemId);
      const to = direction === "up" ? from - 1 : from + 1;
      if (to < 0 || to >= ids.length) return;
      [ids[from], ids[to]] = [ids[to], ids[from]];
      await renumberStage(tx, viewer, item.stage, ids);
      await recordAudit(tx, viewer, {
        action: "roadmap-item.move",
        entityType: "RoadmapItem",
        entityId: itemId,
        details: { direction },
      });
    });
    revalidatePath("/", "layout");
    return { itemId };
  },
);

/** Removes an item (the version guards against removing something just edited by someone else). */
export const removeRoadmapItem = defineAction(
  { schema: removeItemSchema, permission: "roadmap:edit" },
  async ({ itemId, version }, viewer) => {
    const files = await db.$transaction(async (tx) => {
      const item = await tx.roadmapItem.findFirst({
        where: { id: itemId, schoolId: viewer.schoolId },
        select: {
          code: true,
          title: true,
          stage: { select: { id: true, position: true } },
          evidence: { select: { storageKey: true } },
        },
      });
      if (!item) throw new AppError("NOT_FOUND");
      // The version and the school in the delete's own where: an edit that lands between the read and here wins.
      const { count } = await tx.roadmapItem.deleteMany({ where: { id: itemId, schoolId: viewer.schoolId, version } });
      if (count === 0)
        throw new AppError("CONFLICT", "Пункт только что изменили. Обновите страницу и проверьте, нужно ли его удалять.");
      const rest = await tx.roadmapItem.findMany({ where: { stageId: item.stage.id, schoolId: viewer.schoolId }, ...stageItems });
      await renumberStage(
        tx,
        viewer,
        item.stage,
        rest.map((i) => i.id),
      );
      await recordAudit(tx, viewer, {
        action: "roadmap-item.remove",
        entityType: "RoadmapItem",
        entityId: itemId,
        details: { code: item.code, title: item.title },
      });
      return item.evidence.map((e) => e.storageKey);
    });
    // The rows are gone with the item (cascade); the bytes go once the removal is committed.
    await Promise.all(files.map((key) => deleteStoredFile(key)));
    revalidatePath("/", "layout");
    return { itemId };
  },
);
