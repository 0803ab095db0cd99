"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { parseCalendarDate } from "@/lib/format/date";
import { workingHere } from "@/lib/accounts/working-here";
import { checkDueInSchoolYear } from "./check-due-in-school-year";
import { itemChanges } from "./item-changes";
import { roadmapItemSchema } from "./item-schema";
import { snapshotSelect, toSnapshot } from "./item-snapshot";

/** Staff who work in the school now: a staff record not marked as left and an account switched on here. */
const workingStaff = (schoolId: string, userIds: string[]): Prisma.PersonWhereInput => ({
  userId: { in: userIds },
  schoolId,
  staff: { is: { leftAt: null } },
  user: { is: workingHere(schoolId) },
});

async function isWorkingStaff(tx: Prisma.TransactionClient, schoolId: string, userId: string) {
  return (await tx.person.count({ where: workingStaff(schoolId, [userId]) })) > 0;
}

export const updateRoadmapItem = defineAction(
  { schema: roadmapItemSchema, permission: "roadmap:edit" },
  async (input, viewer) => {
    const result = await db.$transaction(async (tx) => {
      const before = await tx.roadmapItem.findFirst({
        where: { id: input.itemId, schoolId: viewer.schoolId },
        select: { ...snapshotSelect, programme: { select: { startYear: true } } },
      });
      if (!before) throw new AppError("NOT_FOUND");
      checkDueInSchoolYear(input.dueOn, before.programme.startYear);
      if (before.version !== input.version) {
        throw new AppError(
          "CONFLICT",
          "Пока вы редактировали, пункт изменил другой пользователь. Ниже — его текущие значения; проверьте их и сохраните ещё раз.",
          undefined,
          { current: { ...before, dueOn: before.dueOn?.toISOString().slice(0, 10) ?? "" } },
        );
      }
      const coResponsibleIds = [...new Set(input.coResponsibleIds)].filter((id) => id !== input.responsibleId);
      // People already on the item may stay (someone who has left keeps their past items); newcomers must work here now.
      const already = new Set([
        before.responsibleId,
        ...(await tx.roadmapItemCoResponsible.findMany({ where: { itemId: input.itemId }, select: { userId: true } })).map(
          (c) => c.userId,
        ),
      ]);
      const newcomers = [...new Set([input.responsibleId, ...coResponsibleIds].filter(Boolean))].filter((id) => !already.has(id));
      const staffCount = newcomers.length === 0 ? 0 : await tx.person.count({ where: workingStaff(viewer.schoolId, newcomers) });
      if (staffCount !== newcomers.length) {
        const field =
          newcomers.includes(input.responsibleId) && !(await isWorkingStaff(tx, viewer.schoolId, input.responsibleId))
            ? "responsibleId"
            : "coResponsibleIds";
        throw new AppError("INVALID", "Проверьте поля формы.", { [field]: ["Выберите сотрудника этой школы"] });
      }
      // The version in the where makes the check and the write one step: a concurrent save of the same version loses.
      const { count } = await tx.roadmapItem.updateMany({
        where: { id: input.itemId, schoolId: viewer.schoolId, version: input.version },
        data: {
          title: input.title,
          expectedResult: input.expectedResult || null,
          deadlineLabel: input.deadlineLabel || null,
          dueOn: input.dueOn ? parseCalendarDate(input.dueOn) : null,
          responsibleId: input.responsibleId || null,
          status: input.status,
          resultNote: input.resultNote || null,
          completedAt: input.status === "DONE" ? (before.status === "DONE" ? undefined : new Date()) : null,
          version: { increment: 1 },
        },
      });
      if (count === 0) throw new AppError("CONFLICT", "Пункт только что изменил другой пользователь. Обновите страницу.");
      await tx.roadmapItemCoResponsible.deleteMany({ where: { itemId: input.itemId } });
      await tx.roadmapItemCoResponsible.createMany({
        data: coResponsibleIds.map((userId) => ({ schoolId: viewer.schoolId, itemId: input.itemId, userId })),
      });
      const after = await tx.roadmapItem.findFirstOrThrow({ where: { id: input.itemId }, select: snapshotSelect });
      const changes = itemChanges(toSnapshot(before), toSnapshot(after));
      if (changes.length > 0) {
        await tx.roadmapItemChange.create({
          data: { schoolId: viewer.schoolId, itemId: input.itemId, userId: viewer.userId, changes: changes as object[] },
        });
      }
      await recordAudit(tx, viewer, { action: "roadmap-item.update", entityType: "RoadmapItem", entityId: input.itemId });
      return { id: input.itemId, version: after.version, changed: changes.length };
    });
    revalidatePath("/curator", "layout");
    return result;
  },
);
