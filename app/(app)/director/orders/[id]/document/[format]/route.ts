import { defineRoute } from "@/lib/auth/define-route";
import { AppError } from "@/lib/errors";
import { loadOrder } from "@/lib/orders/load-order";
import { orderDocx } from "@/lib/orders/order-docx";
import { orderPdf } from "@/lib/orders/order-pdf";

const formats = {
  docx: { build: orderDocx, type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  pdf: { build: orderPdf, type: "application/pdf" },
} as const;

/** GET /director/orders/<id>/document/pdf — the order as a Word or PDF file to print and sign. */
export const GET = defineRoute<{ id: string; format: string }>(
  "/director/orders/[id]/document/[format]",
  async (_request, viewer, { id, format }) => {
    if (!Object.hasOwn(formats, format)) throw new AppError("NOT_FOUND", "Неизвестный формат.");
    const target = formats[format as keyof typeof formats];
    const { order, document } = await loadOrder(viewer, id);
    if (order.mentorships.length === 0) throw new AppError("NOT_FOUND", "В приказе нет пар.");
    const file = await target.build(document);
    const name = `Приказ ${order.number ? `№ ${order.number}` : "(проект)"}.${format}`;
    return new Response(new Uint8Array(file), {
      headers: {
        "Content-Type": target.type,
        "Content-Disposition": `attachment; filename="order.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
