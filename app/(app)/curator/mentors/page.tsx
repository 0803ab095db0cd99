import type { Metadata } from "next";
import Link from "next/link";
import { CertificateNote } from "@/components/mentors/certificate-note";
import { EligibilityNote } from "@/components/mentors/eligibility-note";
import { MentorsNav } from "@/components/mentors/mentors-nav";
import { PageTitle } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { NameSearchField } from "@/components/ui/name-search-field";
import { NoMatches } from "@/components/ui/no-matches";
import { describeConsent } from "@/lib/consent/consent-rules";
import { mentorCategories, mentorCategoryLabels, mentorStatuses, mentorStatusLabels } from "@/lib/mentors/labels";
import { listMentors } from "@/lib/mentors/list-mentors";
import { parseMentorFilters } from "@/lib/mentors/mentor-filters";
import { requirePage } from "@/lib/auth/guard";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "База наставников" };

export default async function MentorsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePage("/curator/mentors");
  const filters = parseMentorFilters(await searchParams);
  const mentors = await listMentors(viewer, filters);
  const readyCount = mentors.filter((m) => m.readiness.kind === "ready").length;
  return (
    <>
      <PageTitle subtitle="Наставники не привязаны к учебному году: база переходит в следующую программу.">
        База наставников
      </PageTitle>
      <MentorsNav viewer={viewer} current="/curator/mentors" />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Фильтры">
        <NameSearchField id="mentor-q" defaultValue={filters.q ?? ""} />
        <div>
          <label htmlFor="status" className="block text-sm font-medium text-slate-800">
            Статус
          </label>
          <select id="status" name="status" defaultValue={filters.status ?? ""} className={inputClass}>
            <option value="">Все</option>
            {mentorStatuses.map((s) => (
              <option key={s} value={s}>
                {mentorStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="category" className="block text-sm font-medium text-slate-800">
            Категория
          </label>
          <select id="category" name="category" defaultValue={filters.category ?? ""} className={inputClass}>
            <option value="">Все</option>
            {mentorCategories.map((c) => (
              <option key={c} value={c}>
                {mentorCategoryLabels[c]}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="min-h-10 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
        >
          Показать
        </button>
      </form>
      <p className="mb-2 text-sm text-slate-700" role="status">
        Наставников: {mentors.length} · готовы к подбору: {readyCount}
      </p>
      {mentors.length === 0 ? (
        <NoMatches query={filters.q ?? ""} resetHref="/curator/mentors" otherwise="Наставников с такими условиями нет." />
      ) : (
        <ScrollRegion label="Наставники школы" className="rounded-lg border border-slate-200 bg-white">
          <table className="min-w-[56rem] w-full text-left text-sm">
            <caption className="sr-only">Наставники школы</caption>
            <thead className="bg-slate-50 text-slate-800">
              <tr>
                <th scope="col" className="p-2">
                  Наставник
                </th>
                <th scope="col" className="p-2">
                  Категория
                </th>
                <th scope="col" className="p-2">
                  Статус
                </th>
                <th scope="col" className="p-2">
                  Нагрузка
                </th>
                <th scope="col" className="p-2">
                  Справка о несудимости
                </th>
                <th scope="col" className="p-2">
                  Согласие
                </th>
                <th scope="col" className="p-2">
                  Подбор
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {mentors.map((m) => (
                <tr key={m.id} className="align-top">
                  <td className="p-2">
                    <Link href={`/curator/mentors/${m.id}`} className="font-medium text-blue-800 underline">
                      {m.name}
                    </Link>
                    {m.origin && <div className="text-slate-600">{m.origin}</div>}
                  </td>
                  <td className="p-2">
                    {mentorCategoryLabels[m.category]}
                    {m.partner && <div className="text-slate-600">{m.partner.name}</div>}
                  </td>
                  <td className="p-2">{mentorStatusLabels[m.status]}</td>
                  <td className="p-2 whitespace-nowrap">
                    {m.load} из {m.capacity}
                  </td>
                  <td className="p-2">
                    <CertificateNote state={m.certificate} />
                  </td>
                  <td className="p-2">{describeConsent(m.consent)}</td>
                  <td className="p-2">
                    <EligibilityNote readiness={m.readiness} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
