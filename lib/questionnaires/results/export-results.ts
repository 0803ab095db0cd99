import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { hasRole } from "@/lib/auth/viewer";
import { getIndividualAnswers } from "./get-individual-answers";
import { getTemplateResults, type ResultsFilter } from "./get-template-results";
import { describeFilter } from "./parse-results-filter";
import { resultsXlsx } from "./results-xlsx";

/**
 * The XLSX of a template's results: aggregates for whoever may read results, individual answers only for the curator
 * (the reads of the exported people are logged by getIndividualAnswers).
 */
export async function exportResults(viewer: Viewer, templateId: string, filter: ResultsFilter) {
  const results = await getTemplateResults(viewer, templateId, filter);
  const responses = hasRole(viewer, "CURATOR")
    ? await getIndividualAnswers(viewer, {
        templateIds: [results.version.id], campaignId: filter.campaignId, form: filter.form, classKey: filter.classKey,
        what: `Выгрузка ответов на анкету «${results.version.title}»`,
      })
    : null;
  const file = await resultsXlsx(results, describeFilter(results, filter), responses, viewer.timeZone);
  return { file, fileName: `Итоги — ${results.version.title}.xlsx` };
}
