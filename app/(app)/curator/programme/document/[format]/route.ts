import { defineRoute } from "@/lib/auth/define-route";
import { AppError } from "@/lib/errors";
import { loadProgrammeDocument } from "@/lib/programme-document/load-programme-document";
import { programmeDocx } from "@/lib/programme-document/programme-docx";
import { programmePdf } from "@/lib/programme-document/programme-pdf";

const formats = {
  docx: { build: programmeDocx, type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  pdf: { build: programmePdf, type: "application/pdf" },
} as const;

/** GET /curator/programme/document/docx — the whole programme, from its newest text version, as Word or PDF. */
export const GET = defineRoute<{ format: string }>(
  "/curator/programme/document/[format]",
  async (_request, viewer, { format }) => {
    if (!Object.hasOwn(formats, format)) throw new AppError("NOT_FOUND", "Неизвестный формат.");
    const target = formats[format as keyof typeof formats];
    const input = await loadProgrammeDocument(viewer);
    const file = await target.build(input);
    const name = `Программа наставничества, версия ${input.version.number}.${format}`;
    return new Response(new Uint8Array(file), {
      headers: {
        "Content-Type": target.type,
        "Content-Disposition": `attachment; filename="programme-v${input.version.number}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Cache-Control": "private, no-store",
      },
    });
  },
);
