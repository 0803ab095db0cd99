import type { Metadata } from "next";
import Link from "next/link";
import { toQuestionFormValues } from "@/components/questionnaire-builder/form-values";
import { TemplateEditor } from "@/components/questionnaire-builder/template-editor";
import { TemplatePreview } from "@/components/questionnaire-builder/template-preview";
import { Card, FormMessage, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { formatInstant } from "@/lib/format/date";
import { getTemplate } from "@/lib/questionnaires/get-template";
import { purposeLabels } from "@/lib/questionnaires/labels";
import { audienceLabels } from "@/lib/questionnaires/template-content-schema";

export const metadata: Metadata = { title: "Анкета" };

export default async function TemplatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const viewer = await requirePage("/curator/questionnaires/templates/[id]");
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const template = await loadOrRefuse(getTemplate(viewer, id));
  const audience = template.audience as keyof typeof audienceLabels;
  const current = template.versions.find((v) => v.isCurrent);
  const savedMessage =
    saved === "new"
      ? "Анкета создана."
      : saved && Number(saved) === template.version
        ? `Сохранено как версия ${template.version}: у прежней версии уже есть ответы, они остаются привязаны к ней.`
        : null;

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/curator/questionnaires" className="text-sm text-blue-800 underline">
        ← Анкеты
      </Link>
      <PageTitle
        subtitle={`${purposeLabels[template.purpose]} · ${audienceLabels[audience] ?? template.audience} · версия ${template.version}`}
      >
        {template.title}
      </PageTitle>
      <FormMessage success={savedMessage} />
      {template.isCurrent ? (
        <>
          {template.responses > 0 && (
            <p role="note" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              На эту версию уже есть ответы или разосланные анкеты ({template.responses}). При сохранении будет создана версия{" "}
              {template.version + 1}, а ответы останутся привязаны к версии {template.version}.
            </p>
          )}
          <Card>
            <TemplateEditor
              key={template.id}
              initial={{
                templateId: template.id,
                title: template.title,
                intro: template.intro ?? "",
                purpose: template.purpose,
                audience,
                mentorMaySeeAnswers: template.mentorMaySeeAnswers,
                questions: template.questions.map(toQuestionFormValues),
              }}
            />
          </Card>
        </>
      ) : (
        <Card title={`Версия ${template.version} (прежняя, только для чтения)`}>
          <p className="mb-3 text-sm text-slate-700">
            Ответы, данные на эту версию, остаются привязаны к ней.{" "}
            {current && (
              <Link href={`/curator/questionnaires/templates/${current.id}`} className="text-blue-800 underline">
                Открыть текущую версию {current.version}
              </Link>
            )}
          </p>
          <TemplatePreview title={template.title} intro={template.intro} questions={template.questions} />
        </Card>
      )}
      {template.versions.length > 1 && (
        <Card title="Версии">
          <ul className="space-y-1">
            {template.versions.map((v) => (
              <li key={v.id}>
                {v.id === template.id ? (
                  <span className="font-medium">Версия {v.version}</span>
                ) : (
                  <Link href={`/curator/questionnaires/templates/${v.id}`} className="text-blue-800 underline">
                    Версия {v.version}
                  </Link>
                )}{" "}
                — от {formatInstant(v.createdAt, viewer.timeZone)}, ответов: {v.answers}
                {v.isCurrent ? " (текущая)" : ""}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
