import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionnaireForm } from "@/components/questionnaire/questionnaire-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requireViewer } from "@/lib/auth/current-viewer";
import { AppError } from "@/lib/errors";
import { fullName } from "@/lib/format/person-name";
import { getPaperEntry } from "@/lib/questionnaires/campaigns/get-paper-entry";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Ответы с бумажного бланка" };

export default async function PaperEntryPage({ params }: { params: Promise<{ id: string; responseId: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "questionnaire:run-campaigns")) notFound();
  const { id, responseId } = await params;
  const entry = await getPaperEntry(viewer, id, responseId).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const back = `/curator/questionnaires/campaigns/${entry.campaign.id}`;
  const about = entry.subject.userId === entry.respondentId ? null : `о ребёнке: ${fullName(entry.subject)}`;
  return (
    <div className="mx-auto max-w-2xl">
      <Link href={back} className="text-sm text-blue-800 underline">← {entry.campaign.title}</Link>
      <PageTitle subtitle={`Ответы с бумажного бланка: ${entry.respondent.displayName}${about ? `, ${about}` : ""}`}>
        {entry.template.title}
      </PageTitle>
      {entry.status === "SUBMITTED" ? (
        <Card><p role="status">Ответы уже получены{entry.enteredById ? " (внесены куратором с бумажного бланка)" : ""}.</p></Card>
      ) : entry.campaign.closedAt ? (
        <Card><p role="status">Кампания закрыта: ответы больше не принимаются.</p></Card>
      ) : (
        <>
          <p className="mb-4 text-sm text-slate-700">
            Перенесите ответы с бланка. В отчётах ответ будет отмечен: «внесено куратором с бумажного бланка».
          </p>
          <QuestionnaireForm responseId={entry.id} questions={entry.template.questions} mode="paper" doneHref={back} />
        </>
      )}
    </div>
  );
}
