import type { Metadata } from "next";
import Link from "next/link";
import { QuestionnaireForm } from "@/components/questionnaire/questionnaire-form";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { formatDate, formatInstant } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { getQuestionnaire } from "@/lib/questionnaires/get-questionnaire";

export const metadata: Metadata = { title: "Анкета" };

export default async function QuestionnairePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePage("/questionnaires/[id]");
  const { id } = await params;
  const questionnaire = await loadOrRefuse(getQuestionnaire(viewer, id));
  const aboutChild = questionnaire.subject.userId !== viewer.userId;
  const draft =
    questionnaire.draft && typeof questionnaire.draft === "object" && !Array.isArray(questionnaire.draft)
      ? (questionnaire.draft as Record<string, unknown>)
      : null;
  return (
    <div className="mx-auto max-w-2xl">
      <PageTitle subtitle={aboutChild ? `О ребёнке: ${fullName(questionnaire.subject)}` : undefined}>
        {questionnaire.template.title}
      </PageTitle>
      {questionnaire.status === "SUBMITTED" ? (
        <Card>
          <p role="status">
            Анкета отправлена{questionnaire.submittedAt && ` ${formatInstant(questionnaire.submittedAt, viewer.timeZone)}`}.
            Спасибо!
          </p>
          <BackHome />
        </Card>
      ) : questionnaire.campaign?.closedAt ? (
        <Card>
          <p role="status">
            Сбор ответов на эту анкету закрыт {formatInstant(questionnaire.campaign.closedAt, viewer.timeZone)}.
          </p>
          <BackHome />
        </Card>
      ) : (
        <>
          {questionnaire.dueOn && (
            <p className={`mb-3 text-sm ${questionnaire.remindedAt ? "font-semibold text-amber-900" : "text-slate-700"}`}>
              {questionnaire.remindedAt ? "Напоминание: ответьте" : "Заполнить"} до {formatDate(questionnaire.dueOn)}
            </p>
          )}
          {questionnaire.template.intro && <p className="mb-4 text-slate-700">{questionnaire.template.intro}</p>}
          <QuestionnaireForm
            responseId={questionnaire.id}
            questions={questionnaire.template.questions}
            draft={draft}
            draftSavedAt={questionnaire.draftSavedAt}
            timeZone={viewer.timeZone}
          />
        </>
      )}
    </div>
  );
}

function BackHome() {
  return (
    <Link href="/" className="mt-3 inline-block font-medium text-blue-800 underline">
      Вернуться в кабинет
    </Link>
  );
}
