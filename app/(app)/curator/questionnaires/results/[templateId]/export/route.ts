import { getViewer } from "@/lib/auth/current-viewer";
import { AppError } from "@/lib/errors";
import { exportResults } from "@/lib/questionnaires/results/export-results";
import { parseResultsFilter } from "@/lib/questionnaires/results/parse-results-filter";

/** GET /curator/questionnaires/results/<templateId>/export?campaign=&form=&class=&version= — the results as XLSX. */
export async function GET(request: Request, { params }: { params: Promise<{ templateId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Войдите в систему.", { status: 401 });
  const { templateId } = await params;
  try {
    const { file, fileName } = await exportResults(viewer, templateId, parseResultsFilter(new URL(request.url).searchParams));
    return new Response(new Uint8Array(file), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="questionnaire-results.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") return new Response("Недостаточно прав.", { status: 403 });
    if (error instanceof AppError && error.code === "NOT_FOUND") return new Response("Анкета не найдена.", { status: 404 });
    throw error;
  }
}
