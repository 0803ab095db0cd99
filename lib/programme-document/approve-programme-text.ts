"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseCalendarDate } from "@/lib/format/date";
import { findProgramme } from "./find-programme";
import { approveTextSchema } from "./text-schemas";

const changedSinceOpened = () =>
  new AppError("CONFLICT", "Текст изменили после того, как вы открыли страницу: обновите её и прочитайте изменения.");

/**
 * The director approves the latest draft of the programme's text with «Рассмотрено» (council, protocol, date) and
 * «Утверждено» (order number, date). From then on the version is frozen. Only the text
 * the director read: a draft saved after they opened the page is refused.
 */
export const approveProgrammeText = defineAction(
  { schema: approveTextSchema, permission: "programme-document:approve" },
  async (input, viewer) => {
    const programme = await findProgramme(viewer);
    const result = await db.$transaction(async (tx) => {
      const latest = await tx.programmeTextVersion.findFirst({
        where: { schoolId: viewer.schoolId, programmeId: programme.id },
        orderBy: { number: "desc" },
        select: { id: true, number: true, status: true, updatedAt: true },
      });
      if (!latest || latest.id !== input.versionId || latest.status !== "DRAFT") {
        throw new AppError("CONFLICT", "Эта версия уже утверждена или появилась более новая: обновите страницу.");
      }
      if (latest.updatedAt.toISOString() !== input.seenUpdatedAt) throw changedSinceOpened();
      const { count } = await tx.programmeTextVersion.updateMany({
        where: { id: latest.id, schoolId: viewer.schoolId, status: "DRAFT", updatedAt: latest.updatedAt },
        data: {
          status: "APPROVED",
          councilName: input.councilName,
          councilProtocol: input.councilProtocol,
          councilDate: parseCalendarDate(input.councilDate),
          orderNumber: input.orderNumber,
          orderDate: parseCalendarDate(input.orderDate),
          approvedById: viewer.userId,
          approvedAt: new Date(),
        },
      });
      if (count === 0) throw changedSinceOpened();
      await recordAudit(tx, viewer, {
        action: "programme-text.approve",
        entityType: "ProgrammeTextVersion",
        entityId: latest.id,
        details: { orderNumber: input.orderNumber, orderDate: input.orderDate },
      });
      return { id: latest.id, number: latest.number };
    });
    for (const path of ["/curator/programme", "/director/programme"]) revalidatePath(path);
    return result;
  },
);
