import type { Metadata } from "next";
import Link from "next/link";
import { CreateCaseForm } from "@/components/cases/create-case-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { listCases } from "@/lib/cases/list-cases";
import { formatInstant } from "@/lib/format/date";

export const metadata: Metadata = { title: "Кейсы лучших практик" };

/** Cases of best practice (7.5–7.6): written from a pair's data, published on the school's open page. */
export default async function CasesPage() {
  const viewer = await requirePage("/curator/cases");
  const { cases, pairs, publicPath } = await listCases(viewer);
  return (
    <>
      <PageTitle subtitle="Итоги работы пар и групп в кейсах; опубликованные видны на открытой странице программы без входа">
        Кейсы лучших практик
      </PageTitle>
      <p className="mb-4 text-sm">
        Открытая страница программы:{" "}
        <a href={publicPath} className="text-blue-800 underline" target="_blank" rel="noreferrer">
          {publicPath}
        </a>{" "}
        — видна, когда опубликован хотя бы один кейс. Ссылку можно дать на сайте школы и партнёров.
      </p>
      <div className="grid gap-4 lg:grid-cols-[1fr_2fr]">
        <Card title="Новый кейс">
          {pairs.length === 0 ? <p>Нет работающих или завершённых пар.</p> : <CreateCaseForm pairs={pairs} />}
        </Card>
        <Card title={`Кейсы (${cases.length})`}>
          {cases.length === 0 ? (
            <p>Кейсов пока нет.</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {cases.map((c) => (
                <li key={c.id} className="py-2">
                  <Link href={`/curator/cases/${c.id}`} className="font-medium text-blue-800 underline">
                    {c.title}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {c.programmeTitle} · {c.pair}
                  </p>
                  <p className="text-sm">
                    {c.anonymised
                      ? "Обезличен после отзыва согласия"
                      : c.publishedAt
                        ? `Опубликован ${formatInstant(c.publishedAt, viewer.timeZone)}`
                        : "Черновик"}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
