import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getTemplateResults, type ResultsFilter } from "./get-template-results";
import { describeFilter } from "./parse-results-filter";
import { resultsXlsx } from "./results-xlsx";

/** The XLSX of a template's results: the page's aggregates under the same rule, for whoever may read results. */
export async function exportResults(viewer: Viewer, templateId: string, filter: ResultsFilter) {
  const results = await getTemplateResults(viewer, templateId, filter);
  const file = await resultsXlsx(results, describeFilter(results, filter));
  return { file, fileName: `Итоги — ${results.version.title}.xlsx` };
}
