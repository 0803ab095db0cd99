import type { Metadata } from "next";
import Link from "next/link";
import { InstallBuiltInsButton } from "@/components/questionnaire-builder/install-built-ins-button";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { purposeLabels } from "@/lib/questionnaires/labels";
import { listTemplates } from "@/lib/questionnaires/list-templates";
import { audienceLabels, templatePurposes } from "@/lib/questionnaires/template-content-schema";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Анкеты" };

export default async function QuestionnairesPage() {
  const viewer = await requirePage("/curator/questionnaires");
  const { templates, missingBuiltIns } = await listTemplates(viewer);
  const groups = templatePurposes
    .map((purpose) => ({ purpose, templates: templates.filter((t) => t.purpose === purpose) }))
    .filter((g) => g.templates.length > 0);
  return (
    <>
      <PageTitle subtitle="Шаблоны анкет школы. Правка анкеты, на которую уже отвечали, создаёт новую версию: прежние ответы остаются привязаны к своей.">
        Анкеты
      </PageTitle>
      <div className="mb-4 flex flex-wrap items-start gap-3">
        <Link
          href="/curator/questionnaires/campaigns"
          className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-blue-800 hover:bg-slate-100"
        >
          Кампании
        </Link>
        <Link
          href="/curator/questionnaires/templates/new"
          className="inline-flex min-h-10 items-center rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
        >
          Новая анкета
        </Link>
        <InstallBuiltInsButton missing={missingBuiltIns} />
      </div>
      {groups.length === 0 && (
        <Card>
          <p>В школе пока нет анкет. Добавьте встроенные шаблоны по методике или создайте новую анкету.</p>
        </Card>
      )}
      <div className="space-y-4">
        {groups.map((group) => (
          <Card key={group.purpose} title={purposeLabels[group.purpose]}>
            <ScrollRegion label={purposeLabels[group.purpose]} className="relative">
              <table className="w-full min-w-[32rem] text-left text-sm">
                <thead>
                  <tr className="border-b border-slate-200 text-slate-700">
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Анкета
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Кто заполняет
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Версия
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Вопросов
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Ответов
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      <span className="sr-only">Итоги</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {group.templates.map((t) => (
                    <tr key={t.id} className="border-b border-slate-100 last:border-0">
                      <td className="py-2 pr-3">
                        <Link href={`/curator/questionnaires/templates/${t.id}`} className="text-blue-800 underline">
                          {t.title}
                        </Link>
                      </td>
                      <td className="py-2 pr-3">{audienceLabels[t.audience as keyof typeof audienceLabels] ?? t.audience}</td>
                      <td className="py-2 pr-3">{t.version}</td>
                      <td className="py-2 pr-3">{t.questions}</td>
                      <td className="py-2 pr-3">{t.answers}</td>
                      <td className="py-2">
                        <Link
                          href={`/curator/questionnaires/results/${t.id}`}
                          aria-label={`Итоги: ${t.title}`}
                          className="text-blue-800 underline"
                        >
                          Итоги
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </Card>
        ))}
      </div>
    </>
  );
}
