import type { Metadata } from "next";
import Link from "next/link";
import { RoadmapItemForm } from "@/components/roadmap/item-form";
import { OwnItemForm } from "@/components/roadmap/own-item-form";
import { CommentsSection } from "@/components/roadmap/comments-section";
import { EvidenceSection } from "@/components/roadmap/evidence-section";
import { RemoveItemButton } from "@/components/roadmap/remove-item-button";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { calendarDateValue, formatInstant } from "@/lib/format/date";
import { can } from "@/lib/permissions";
import { getRoadmapItem } from "@/lib/roadmap/get-roadmap-item";
import { itemStatusLabels } from "@/lib/roadmap/labels";

export const metadata: Metadata = { title: "Пункт дорожной карты" };

export default async function RoadmapItemPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePage("/roadmap/items/[id]");
  const { id } = await params;
  const item = await loadOrRefuse(getRoadmapItem(viewer, id));
  const back = viewer.roles.includes("CURATOR") ? "/curator" : "/roadmap";
  const isResponsible = item.responsibleId === viewer.userId && can(viewer, "roadmap:update-own");
  return (
    <>
      <Link href={`${back}?year=${item.programme.startYear}`} className="text-sm text-blue-800 underline">
        ← Дорожная карта
      </Link>
      <PageTitle subtitle={`Этап ${item.stage.position}. ${item.stage.title}`}>Пункт {item.code}</PageTitle>
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <Card>
          {can(viewer, "roadmap:edit") ? (
            <RoadmapItemForm
              people={item.assignable}
              initial={{
                itemId: item.id,
                version: item.version,
                title: item.title,
                expectedResult: item.expectedResult ?? "",
                deadlineLabel: item.deadlineLabel ?? "",
                dueOn: item.dueOn ? calendarDateValue(item.dueOn) : "",
                responsibleId: item.responsibleId ?? "",
                coResponsibleIds: item.coResponsibles.map((c) => c.userId),
                status: item.status,
                resultNote: item.resultNote ?? "",
              }}
            />
          ) : (
            <>
              <p className="text-lg">{item.title}</p>
              <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="text-slate-600">Сроки</dt>
                <dd>{item.deadlineLabel ?? "—"}</dd>
                <dt className="text-slate-600">Ответственный</dt>
                <dd>{item.responsible?.displayName ?? "—"}</dd>
                {item.coResponsibles.length > 0 && (
                  <>
                    <dt className="text-slate-600">Соисполнители</dt>
                    <dd>{item.coResponsibles.map((c) => c.user.displayName).join(", ")}</dd>
                  </>
                )}
                <dt className="text-slate-600">Статус</dt>
                <dd>{itemStatusLabels[item.status]}</dd>
                {!isResponsible && item.resultNote && (
                  <>
                    <dt className="text-slate-600">Результат</dt>
                    <dd>{item.resultNote}</dd>
                  </>
                )}
              </dl>
              {isResponsible && (
                <div className="mt-4 border-t border-slate-200 pt-4">
                  <h2 className="mb-2 font-semibold">Отчёт ответственного</h2>
                  <OwnItemForm
                    initial={{ itemId: item.id, version: item.version, status: item.status, resultNote: item.resultNote ?? "" }}
                  />
                </div>
              )}
            </>
          )}
          {can(viewer, "roadmap:edit") && (
            <RemoveItemButton
              itemId={item.id}
              version={item.version}
              code={item.code}
              backTo={`${back}?year=${item.programme.startYear}`}
            />
          )}
        </Card>
        <Card title="История изменений">
          {item.changes.length === 0 && <p className="text-slate-700">Пункт ещё не менялся.</p>}
          <ol className="space-y-3" aria-label="История изменений">
            {item.changes.map((change) => (
              <li key={change.id} className="text-sm">
                <p className="font-medium">
                  {formatInstant(change.createdAt, viewer.timeZone, "dateTime")} ·{" "}
                  {change.user?.displayName ?? "пользователь удалён"}
                </p>
                <ul className="mt-1 list-disc pl-5 text-slate-800">
                  {change.changes.map((c, i) => (
                    <li key={i}>
                      {c.field}: {c.from} → {c.to}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          {item.completedAt && (
            <p className="mt-3 text-sm text-slate-700">Выполнено {formatInstant(item.completedAt, viewer.timeZone)}</p>
          )}
        </Card>
        {item.evidence && <EvidenceSection itemId={item.id} files={item.evidence} timeZone={viewer.timeZone} />}
        {item.comments && <CommentsSection itemId={item.id} comments={item.comments} timeZone={viewer.timeZone} />}
      </div>
    </>
  );
}
