import type { Metadata } from "next";
import Link from "next/link";
import { IndividualAnswers } from "@/components/results/individual-answers";
import { QuestionResultBlock } from "@/components/results/question-result";
import { ResultsFilters } from "@/components/results/results-filters";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/viewer";
import { getIndividualAnswers } from "@/lib/questionnaires/results/get-individual-answers";
import { getTemplateResults } from "@/lib/questionnaires/results/get-template-results";
import { describeFilter, parseResultsFilter, resultsQuery } from "@/lib/questionnaires/results/parse-results-filter";
import { audienceLabels } from "@/lib/questionnaires/template-content-schema";

export const metadata: Metadata = { title: "Итоги анкеты" };

type Props = { params: Promise<{ templateId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuestionnaireResultsPage({ params, searchParams }: Props) {
  const viewer = await requirePage("/curator/questionnaires/results/[templateId]");
  const { templateId } = await params;
  const filter = parseResultsFilter(await searchParams);
  const results = await loadOrRefuse(getTemplateResults(viewer, templateId, filter));
  const isCurator = hasRole(viewer, "CURATOR");
  const responses = isCurator
    ? await getIndividualAnswers(viewer, {
        templateIds: [results.version.id],
        campaignId: filter.campaignId,
        form: filter.form,
        classKey: filter.classKey,
        what: `Ответы на анкету «${results.version.title}»`,
      })
    : null;
  const audience = audienceLabels[results.version.audience as keyof typeof audienceLabels] ?? results.version.audience;
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      {isCurator && (
        <Link href="/curator/questionnaires" className="text-sm text-blue-800 underline">
          ← Анкеты
        </Link>
      )}
      <PageTitle subtitle={`${describeFilter(results, filter)}. Заполняют: ${audience}. Учтены только отправленные анкеты.`}>
        Итоги: {results.version.title}
      </PageTitle>
      <Card title="Фильтры">
        <ResultsFilters results={results} filter={filter} />
        <p className="mt-3 text-sm text-slate-700">
          Итоги анкеты и каждой кампании показываются, если ответили не меньше 5 человек. Итоги по форме наставничества и классу
          скрываются, если в одной из подгрупп меньше 5 ответивших: иначе ответы отдельных людей можно было бы вычислить, сравнив
          итоги разных фильтров. В XLSX — те же итоги, без ответов отдельных людей.
        </p>
        <p className="mt-3">
          <a
            href={`/curator/questionnaires/results/${templateId}/export${resultsQuery(filter)}`}
            className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-blue-800 hover:bg-slate-100"
          >
            Скачать XLSX
          </a>
        </p>
      </Card>
      <section aria-labelledby="results-questions" className="space-y-4">
        <h2 id="results-questions" className="sr-only">
          Итоги по вопросам
        </h2>
        {results.questions.map((item, index) => {
          const section = item.question.section;
          const opensSection = section && section !== results.questions[index - 1]?.question.section;
          return (
            <div key={item.question.id} className="space-y-2">
              {opensSection && <h2 className="pt-2 text-xl font-semibold">{section}</h2>}
              <QuestionResultBlock item={item} />
            </div>
          );
        })}
      </section>
      {responses && (
        <Card title="Ответы">
          <p className="mb-3 text-sm text-slate-700">
            Ответы отдельных людей видит только куратор (и наставник — своих наставляемых, если анкета это разрешает).
          </p>
          <IndividualAnswers responses={responses} timeZone={viewer.timeZone} />
        </Card>
      )}
    </div>
  );
}
