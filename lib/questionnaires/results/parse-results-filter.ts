import { MentoringForm } from "@/lib/generated/prisma/enums";
import { formLabels } from "@/lib/mentorships/labels";
import type { ResultsFilter, TemplateResults } from "./get-template-results";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";

type Params = SearchParams | URLSearchParams;

function read(params: Params, key: string): string | undefined {
  const single = params instanceof URLSearchParams ? params.get(key) : firstParam(params, key);
  return single?.trim() || undefined;
}

/** The results filters from the page's or the export's query string (?version=&campaign=&form=&class=). */
export function parseResultsFilter(params: Params): ResultsFilter {
  const form = read(params, "form");
  return {
    versionId: read(params, "version"),
    campaignId: read(params, "campaign"),
    form: form && Object.hasOwn(MentoringForm, form) ? (form as MentoringForm) : undefined,
    classKey: read(params, "class"),
  };
}

/** The same filters as a query string, for the export link. */
export function resultsQuery(filter: ResultsFilter): string {
  const query = new URLSearchParams();
  if (filter.versionId) query.set("version", filter.versionId);
  if (filter.campaignId) query.set("campaign", filter.campaignId);
  if (filter.form) query.set("form", filter.form);
  if (filter.classKey) query.set("class", filter.classKey);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** «Кампания «Декабрь», форма «Учитель – ученик», класс 7А» — what the shown results are about. */
export function describeFilter(results: TemplateResults, filter: ResultsFilter): string {
  const parts: string[] = [];
  const campaign = results.campaigns.find((c) => c.id === filter.campaignId);
  if (campaign) parts.push(`кампания «${campaign.title}»`);
  if (filter.form) parts.push(`форма «${formLabels[filter.form]}»`);
  if (filter.classKey) parts.push(`класс ${filter.classKey}`);
  const text = parts.length ? parts.join(", ") : "все ответы";
  return `Версия ${results.version.version}: ${text}`;
}
