import type { Metadata } from "next";
import { PresentationForm } from "@/components/completion/presentation-form";
import { ReflectionForm } from "@/components/completion/reflection-form";
import { Card, PageTitle } from "@/components/ui/card";
import { getPairResults } from "@/lib/completion/get-pair-results";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { formatInstant } from "@/lib/format/date";

export const metadata: Metadata = { title: "Итоги работы пары" };

export default async function PairResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePage("/pairs/[id]/results");
  const { id } = await params;
  const pair = await loadOrRefuse(getPairResults(viewer, id));
  const toDefaults = (r: typeof pair.ownReflection, kind: "PERSONAL" | "GROUP") => ({
    mentorshipId: pair.id,
    kind,
    achieved: r?.achieved ?? "",
    difficulties: r?.difficulties ?? "",
    nextSteps: r?.nextSteps ?? "",
    usefulness: r?.usefulness ?? "",
  });
  return (
    <>
      <PageTitle subtitle={`Наставник: ${pair.mentorName} · наставляемые: ${pair.menteeNames.join(", ") || "—"}`}>
        Итоги работы {pair.isGroup ? "группы" : "пары"}
      </PageTitle>
      <div className="space-y-4">
        <Card title="Презентация результатов">
          {pair.presentation ? (
            <div className="mb-3 space-y-1">
              <p>
                <span className="font-medium">{pair.presentation.form}.</span> {pair.presentation.summary}
              </p>
              {pair.presentation.link && (
                <p>
                  <a href={pair.presentation.link} className="text-blue-800 underline" rel="noopener noreferrer nofollow">
                    Материалы презентации
                  </a>
                </p>
              )}
              <p className="text-sm text-slate-600">Обновлено {formatInstant(pair.presentation.updatedAt, viewer.timeZone)}</p>
            </div>
          ) : (
            <p className="mb-3">Презентации пока нет.</p>
          )}
          {pair.may.writePresentation && (
            <PresentationForm
              defaults={{
                mentorshipId: pair.id,
                form: (pair.presentation?.form as "Проект") ?? "Проект",
                summary: pair.presentation?.summary ?? "",
                link: pair.presentation?.link ?? "",
              }}
            />
          )}
        </Card>
        <Card title="Рефлексия">
          {pair.reflections.length === 0 && <p>Рефлексий пока нет.</p>}
          <ul className="space-y-3">
            {pair.reflections.map((r) => (
              <li key={`${r.kind}-${r.personId ?? "group"}`} className="border-l-4 border-slate-200 pl-3">
                <p className="font-medium">
                  {r.kind === "GROUP" ? "Рефлексия группы" : r.author}
                  {r.usefulness !== null && ` · польза: ${r.usefulness} из 10`}
                </p>
                <p>{r.achieved}</p>
                {r.difficulties && <p className="text-slate-700">Трудности: {r.difficulties}</p>}
                {r.nextSteps && <p className="text-slate-700">Дальше: {r.nextSteps}</p>}
              </li>
            ))}
          </ul>
        </Card>
        {pair.may.writeOwnReflection && (
          <Card title="Моя рефлексия">
            <ReflectionForm defaults={toDefaults(pair.ownReflection, "PERSONAL")} />
          </Card>
        )}
        {pair.may.writeGroupReflection && (
          <Card title="Рефлексия группы">
            <ReflectionForm defaults={toDefaults(pair.groupReflection, "GROUP")} />
          </Card>
        )}
      </div>
    </>
  );
}
