import { defineRoute } from "@/lib/auth/define-route";
import { AppError } from "@/lib/errors";
import { getPairPlans } from "@/lib/plans/get-pair-plans";
import { planDocument } from "@/lib/plans/plan-document";
import { planDocx } from "@/lib/plans/plan-docx";
import { planPdf } from "@/lib/plans/plan-pdf";

const formats = {
  docx: { build: planDocx, type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  pdf: { build: planPdf, type: "application/pdf" },
} as const;

/** GET /plans/<pair id>/document/docx|pdf — the pair's plans as the viewer may read them, as a file. */
export const GET = defineRoute<{ id: string; format: string }>(
  "/plans/[id]/document/[format]",
  async (_request, viewer, { id, format }) => {
    if (!Object.hasOwn(formats, format)) throw new AppError("NOT_FOUND", "Неизвестный формат.");
    const target = formats[format as keyof typeof formats];
    const pair = await getPairPlans(viewer, id);
    if (pair.plans.length === 0) throw new AppError("NOT_FOUND", "Плана пока нет.");
    const file = await target.build(planDocument(pair));
    return new Response(new Uint8Array(file), {
      headers: {
        "Content-Type": target.type,
        "Content-Disposition": `attachment; filename="plan.${format}"; filename*=UTF-8''${encodeURIComponent(`Индивидуальный план.${format}`)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
