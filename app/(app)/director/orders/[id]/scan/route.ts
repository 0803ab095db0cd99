import { fileDownload } from "@/lib/files/file-download";
import { getOrderScan } from "@/lib/orders/get-order-scan";

export const GET = fileDownload("/director/orders/[id]/scan", getOrderScan, "order-scan");
