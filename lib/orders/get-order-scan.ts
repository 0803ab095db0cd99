import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readStoredFile } from "@/lib/files/file-store";
import { assertCan } from "@/lib/permissions";

/** The scan of a signed order of the viewer's school. */
export async function getOrderScan(viewer: Viewer, orderId: string) {
  assertCan(viewer, "order:read");
  const order = await db.pairOrder.findFirst({
    where: { id: orderId, schoolId: viewer.schoolId, scanStorageKey: { not: null } },
    select: { scanFileName: true, scanMimeType: true, scanStorageKey: true },
  });
  if (!order?.scanStorageKey) throw new AppError("NOT_FOUND");
  return {
    fileName: order.scanFileName ?? "order",
    mimeType: order.scanMimeType ?? "application/octet-stream",
    bytes: await readStoredFile(order.scanStorageKey),
  };
}
