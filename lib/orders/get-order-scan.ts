import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readStoredFile } from "@/lib/files/file-store";
import { loadOrder } from "./load-order";

/** The scan of a signed order of the viewer's school; like the order's text, a logged read of the people in it. */
export async function getOrderScan(viewer: Viewer, orderId: string) {
  await loadOrder(viewer, orderId);
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
