import { getViewer } from "@/lib/auth/current-viewer";
import { can } from "@/lib/permissions";
import { getRoadmap } from "@/lib/roadmap/get-roadmap";
import { roadmapDocx } from "@/lib/roadmap/export/roadmap-docx";
import { roadmapDocument } from "@/lib/roadmap/export/roadmap-rows";
import { roadmapXlsx } from "@/lib/roadmap/export/roadmap-xlsx";

const formats = {
  docx: { build: roadmapDocx, type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  xlsx: { build: roadmapXlsx, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
} as const;

/** GET /curator/export/docx?year=2026 — the roadmap and work plan as a Word or Excel file. */
export async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Войдите в систему.", { status: 401 });
  if (!can(viewer, "roadmap:read")) return new Response("Недостаточно прав.", { status: 403 });
  const { format } = await params;
  const target = formats[format as keyof typeof formats];
  if (!target) return new Response("Неизвестный формат.", { status: 404 });
  const year = Number(new URL(request.url).searchParams.get("year")) || undefined;
  const roadmap = await getRoadmap(viewer, year);
  if (!roadmap) return new Response("Программа не найдена.", { status: 404 });
  const file = await target.build(roadmapDocument(roadmap, viewer.schoolName));
  const name = `Дорожная карта ${roadmap.startYear}-${roadmap.startYear + 1}.${format}`;
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": target.type,
      "Content-Disposition": `attachment; filename="roadmap-${roadmap.startYear}-${roadmap.startYear + 1}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
