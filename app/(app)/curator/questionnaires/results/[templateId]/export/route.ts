import { defineRoute } from "@/lib/auth/define-route";
import { exportResults } from "@/lib/questionnaires/results/export-results";
import { parseResultsFilter } from "@/lib/questionnaires/results/parse-results-filter";

/** GET /curator/questionnaires/results/<templateId>/export?campaign=&form=&class=&version= — the results as XLSX. */
export const GET = defineRoute<{ templateId: string }>(
  "/curator/questionnaires/results/[templateId]/export",
  async (request, viewer, { templateId }) => {
    const { file, fileName } = await exportResults(viewer, templateId, parseResultsFilter(new URL(request.url).searchParams));
    return new Response(new Uint8Array(file), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="questionnaire-results.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  },
);
