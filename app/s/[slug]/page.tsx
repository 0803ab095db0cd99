import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CaseArticle } from "@/components/cases/case-view";
import { loadPublicPage } from "@/lib/cases/load-public-page";
import type { ProgrammeResults } from "@/lib/cases/query-programme-results";
import { formLabels } from "@/lib/mentorships/labels";
import { MIN_GROUP_SIZE } from "@/lib/questionnaires/results/small-group";

export const metadata: Metadata = { title: "Программа наставничества" };

const count = (value: number | null) => (value === null ? `менее ${MIN_GROUP_SIZE}` : value.toString());

function Results({ results }: { results: ProgrammeResults }) {
  const rows: [string, number | null][] = [
    ["Пар и групп", results.pairs],
    ["Из них завершили работу", results.completed],
    ["Наставляемых", results.mentees],
    ["Наставников", results.mentors],
    ["Встреч проведено", results.meetings],
    ["Побед и призовых мест наставляемых", results.prizes],
    ...results.byForm.map((f): [string, number | null] => [`Форма «${formLabels[f.form]}»`, f.pairs]),
  ];
  return (
    <table className="w-full max-w-xl text-sm">
      <caption className="mb-1 text-left font-medium">Итоги программы</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label} className="border-b border-slate-200">
            <th scope="row" className="py-1 pr-4 text-left font-normal">
              {label}
            </th>
            <td className="py-1 text-right">{count(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The public page of a school's mentoring programme (7.6), for anyone without signing in: published cases and the
 * programme's results in aggregate. Rendered on every request: a withdrawn consent hides a name at once.
 */
export default async function PublicProgrammePage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const page = await loadPublicPage(slug);
  if (!page) notFound();
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <header>
        <p className="text-sm text-slate-700">Программа наставничества</p>
        <h1 className="text-2xl font-semibold">{page.school.name}</h1>
      </header>
      {page.programmes.map((programme) => (
        <section key={programme.id} aria-labelledby={`programme-${programme.id}`} className="space-y-4">
          <h2 id={`programme-${programme.id}`} className="text-xl font-semibold">
            {programme.title}
          </h2>
          {programme.results && <Results results={programme.results} />}
          <h3 className="sr-only">Кейсы лучших практик</h3>
          {programme.cases.map((view) => (
            <CaseArticle key={view.id} view={view} headingLevel={3} />
          ))}
        </section>
      ))}
      <p className="text-sm text-slate-600">
        Имена участников показаны только с их согласия на публикацию (для детей — с согласия родителей).
      </p>
    </main>
  );
}
