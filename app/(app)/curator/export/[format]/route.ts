import { defineRoute } from "@/lib/auth/define-route";
import { AppError } from "@/lib/errors";
import { getRoadmap } from "@/lib/roadmap/get-roadmap";
import { parseRoadmapView } from "@/lib/roadmap/view-params";
import { roadmapDocx } from "@/lib/roadmap/export/roadmap-docx";
import { roadmapDocument } from "@/lib/roadmap/export/roadmap-rows";
import { roadmapXlsx } from "@/lib/roadmap/export/roadmap-xlsx";

const formats = {
  docx: { build: roadmapDocx, type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  xlsx: { build: roadmapXlsx, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
} as const;

/** GET /curator/export/docx?year=2026 — the roadmap and work plan as a Word or Excel file. */
export const GET = defineRoute<{ format: string }>("/curator/export/[format]", async (request, viewer, { format }) => {
  if (!Object.hasOwn(formats, format)) throw new AppError("NOT_FOUND", "Неизвестный формат.");
  const target = formats[format as keyof typeof formats];
  const { year } = parseRoadmapView(Object.fromEntries(new URL(request.url).searchParams));
  const roadmap = await getRoadmap(viewer, year);
  if (!roadmap) throw new AppError("NOT_FOUND", "Программа не найдена.");
  const file = await target.build(roadmapDocument(roadmap, viewer.schoolName));
  const name = `Дорожная карта ${roadmap.startYear}-${roadmap.startYear + 1}.${format}`;
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": target.type,
      "Content-Disposition": `attachment; filename="roadmap-${roadmap.startYear}-${roadmap.startYear + 1}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
    },
  });
});
