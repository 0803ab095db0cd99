import type { Metadata } from "next";
import Link from "next/link";
import { CaseEditor } from "@/components/cases/case-editor";
import { CaseArticle } from "@/components/cases/case-view";
import { PublishCaseButton } from "@/components/cases/publish-case-button";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { getCase } from "@/lib/cases/get-case";
import { formatInstant } from "@/lib/format/date";

export const metadata: Metadata = { title: "Кейс" };

/** A case's editor: text, what to reveal, who consented to publication, the public view, publishing. */
export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePage("/curator/cases/[id]");
  const { id } = await params;
  const item = await loadOrRefuse(getCase(viewer, id));
  const anonymised = item.anonymisedAt !== null;
  // The pair was deleted: with no one to redact the names of, the case is not published (lib/cases/set-case-published.ts).
  const pairGone = item.mentorshipId === null;
  return (
    <>
      <Link href="/curator/cases" className="text-sm text-blue-800 underline">
        ← Кейсы
      </Link>
      <PageTitle subtitle={item.programme.title}>{item.title}</PageTitle>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          <Card title="Публикация">
            {anonymised ? (
              <p>Участник кейса отозвал согласие: кейс обезличен и снят с публикации.</p>
            ) : pairGone ? (
              <>
                <p className="mb-2 text-sm">
                  Пара этого кейса удалена: без неё нельзя скрыть имена участников, поэтому кейс не публикуется на открытой
                  странице.
                </p>
                {item.publishedAt && <PublishCaseButton caseId={item.id} published />}
              </>
            ) : (
              <>
                <p className="mb-2 text-sm">
                  {item.publishedAt
                    ? `Опубликован ${formatInstant(item.publishedAt, viewer.timeZone, "dateTime")} на `
                    : "Черновик: не виден на "}
                  <a href={item.publicPath} className="text-blue-800 underline" target="_blank" rel="noreferrer">
                    открытой странице программы
                  </a>
                </p>
                <PublishCaseButton caseId={item.id} published={item.publishedAt !== null} />
              </>
            )}
          </Card>
          <Card title="Участники и согласие на публикацию">
            <ul className="space-y-1 text-sm">
              {item.people.map((person, i) => (
                <li key={i}>
                  {person.name} ({person.label}):{" "}
                  {person.shown
                    ? "имя показывается"
                    : person.consent
                      ? "согласие есть, имя скрыто — отметьте «Имена участников»"
                      : "нет согласия на публикацию — имя скрыто"}
                </li>
              ))}
            </ul>
          </Card>
          {!anonymised && (
            <Card title="Текст и что показать">
              <CaseEditor
                initial={{
                  caseId: item.id,
                  title: item.title,
                  body: item.body,
                  showGoal: item.showGoal,
                  showPlan: item.showPlan,
                  showMeetings: item.showMeetings,
                  showAchievements: item.showAchievements,
                  showMonitoring: item.showMonitoring,
                  showNames: item.showNames,
                }}
              />
            </Card>
          )}
        </div>
        <section aria-labelledby="preview-title" className="space-y-2">
          <h2 id="preview-title" className="text-lg font-semibold">
            Так кейс выглядит на открытой странице
          </h2>
          <CaseArticle view={item.preview} />
        </section>
      </div>
    </>
  );
}
