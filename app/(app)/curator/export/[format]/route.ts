import { defineRoute } from "@/lib/auth/define-route";
import { AppError } from "@/lib/errors";
import { loadRoadmapDocument } from "@/lib/roadmap/export/load-roadmap-document";
import { roadmapDocx } from "@/lib/roadmap/export/roadmap-docx";
import { roadmapXlsx } from "@/lib/roadmap/export/roadmap-xlsx";
import { parseRoadmapView } from "@/lib/roadmap/view-params";

const formats = {
  docx: { build: roadmapDocx, type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  xlsx: { build: roadmapXlsx, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
} as const;

/** GET /curator/export/docx?year=2026 — the roadmap and work plan as a Word or Excel file. */
export const GET = defineRoute<{ format: string }>("/curator/export/[format]", async (request, viewer, { format }) => {
  if (!Object.hasOwn(formats, format)) throw new AppError("NOT_FOUND", "Неизвестный формат.");
  const target = formats[format as keyof typeof formats];
  const { year } = parseRoadmapView(Object.fromEntries(new URL(request.url).searchParams));
  const loaded = await loadRoadmapDocument(viewer, year);
  if (!loaded) throw new AppError("NOT_FOUND", "Программа не найдена.");
  const file = await target.build(loaded.doc);
  const years = `${loaded.startYear}-${loaded.startYear + 1}`;
  const name = `Дорожная карта ${years}.${format}`;
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": target.type,
      "Content-Disposition": `attachment; filename="roadmap-${years}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
    },
  });
});
