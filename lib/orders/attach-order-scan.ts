"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { cleanFileName } from "@/lib/files/evidence-rules";
import { deleteStoredFile, storeFile } from "@/lib/files/file-store";
import { checkScanFile } from "@/lib/files/scan-rules";
import { attachOrderScanSchema } from "./order-schemas";

/** Attaches (or replaces) the scan of the signed paper order to an approved order of the viewer's school. */
export const attachOrderScan = defineAction(
  { schema: attachOrderScanSchema, permission: "order:attach-scan" },
  async ({ orderId, file }, viewer) => {
    const order = await db.pairOrder.findFirst({
      where: { id: orderId, schoolId: viewer.schoolId },
      select: { id: true, status: true, scanStorageKey: true },
    });
    if (!order) throw new AppError("NOT_FOUND");
    if (order.status !== "APPROVED") throw new AppError("INVALID", "Скан прикладывается к утверждённому приказу.");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const fileName = cleanFileName(file.name);
    const check = checkScanFile(fileName, bytes);
    if (!check.ok) throw new AppError("INVALID", check.error, { file: [check.error] });
    const storageKey = await storeFile(bytes);
    try {
      await db.$transaction(async (tx) => {
        const { count } = await tx.pairOrder.updateMany({
          where: { id: order.id, schoolId: viewer.schoolId, scanStorageKey: order.scanStorageKey },
          data: { scanStorageKey: storageKey, scanFileName: fileName, scanMimeType: check.mime },
        });
        if (count !== 1) throw new AppError("CONFLICT", "Скан уже заменили: обновите страницу.");
        await recordAudit(tx, viewer, { action: "order.attach-scan", entityType: "PairOrder", entityId: order.id });
      });
    } catch (error) {
      await deleteStoredFile(storageKey); // no file without its row
      throw error;
    }
    // After the commit: the replaced scan has no row pointing at it any more.
    if (order.scanStorageKey) await deleteStoredFile(order.scanStorageKey);
    revalidatePath(`/director/orders/${order.id}`);
    return { id: order.id };
  },
);
