import type { Metadata } from "next";
import { ProgrammeNav } from "@/components/programme/programme-nav";
import { PublicationForm } from "@/components/programme/publication-form";
import { RemoveRowButton } from "@/components/programme/remove-row-button";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { calendarDateValue, formatShortDate } from "@/lib/format/date";
import { can } from "@/lib/permissions";
import { getProgrammeOrganisation } from "@/lib/programme-document/get-programme-organisation";
import { mediaChannelLabels } from "@/lib/programme-document/labels";

export const metadata: Metadata = { title: "Медиаплан программы" };

export default async function MediaPlanPage() {
  const viewer = await requirePage("/curator/programme/media");
  const { programme, publications } = await loadOrRefuse(getProgrammeOrganisation(viewer));
  const editor = can(viewer, "programme-document:edit");
  return (
    <>
      <PageTitle subtitle={`Программа «${programme.title}»: информационное сопровождение (п. 7.6 дорожной карты)`}>
        Медиаплан
      </PageTitle>
      <ProgrammeNav viewer={viewer} current="/curator/programme/media" />
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <Card title={`Публикации (${publications.length})`}>
          {publications.length === 0 && <p>Публикаций пока нет.</p>}
          <ul className="divide-y divide-slate-100">
            {publications.map((item) => (
              <li key={item.id} className="py-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <p className="font-medium">{item.title}</p>
                    <p className="text-sm text-slate-700">
                      {mediaChannelLabels[item.channel]}, до {formatShortDate(item.plannedOn)}, ответственный: {item.responsible}
                    </p>
                    <p className="text-sm">
                      {item.publishedOn ? `Опубликовано ${formatShortDate(item.publishedOn)}` : "Запланировано"}
                      {item.url && (
                        <>
                          {": "}
                          <a href={item.url} className="text-blue-800 underline" rel="noreferrer noopener" target="_blank">
                            ссылка
                          </a>
                        </>
                      )}
                    </p>
                  </div>
                  {editor && <RemoveRowButton kind="publication" id={item.id} name={item.title} />}
                </div>
                {editor && (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm text-blue-800 underline">Изменить «{item.title}»</summary>
                    <div className="mt-2">
                      <PublicationForm
                        publication={{
                          id: item.id,
                          channel: item.channel,
                          title: item.title,
                          plannedOn: calendarDateValue(item.plannedOn),
                          responsible: item.responsible,
                          publishedOn: item.publishedOn ? calendarDateValue(item.publishedOn) : "",
                          url: item.url ?? "",
                        }}
                      />
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ul>
        </Card>
        {editor && (
          <Card title="Новая публикация">
            <PublicationForm />
          </Card>
        )}
      </div>
    </>
  );
}
