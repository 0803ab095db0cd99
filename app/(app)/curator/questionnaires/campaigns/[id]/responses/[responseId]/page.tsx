import type { Metadata } from "next";
import Link from "next/link";
import { QuestionnaireForm } from "@/components/questionnaire/questionnaire-form";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { fullName } from "@/lib/format/person-name";
import { getPaperEntry } from "@/lib/questionnaires/campaigns/get-paper-entry";

export const metadata: Metadata = { title: "Ответы с бумажного бланка" };

export default async function PaperEntryPage({ params }: { params: Promise<{ id: string; responseId: string }> }) {
  const viewer = await requirePage("/curator/questionnaires/campaigns/[id]/responses/[responseId]");
  const { id, responseId } = await params;
  const entry = await loadOrRefuse(getPaperEntry(viewer, id, responseId));
  const back = `/curator/questionnaires/campaigns/${entry.campaign.id}`;
  const about = entry.subject.userId === entry.respondentId ? null : `о ребёнке: ${fullName(entry.subject)}`;
  return (
    <div className="mx-auto max-w-2xl">
      <Link href={back} className="text-sm text-blue-800 underline">
        ← {entry.campaign.title}
      </Link>
      <PageTitle subtitle={`Ответы с бумажного бланка: ${entry.respondent.displayName}${about ? `, ${about}` : ""}`}>
        {entry.template.title}
      </PageTitle>
      {entry.status === "SUBMITTED" ? (
        <Card>
          <p role="status">Ответы уже получены{entry.enteredById ? " (внесены куратором с бумажного бланка)" : ""}.</p>
        </Card>
      ) : entry.campaign.closedAt ? (
        <Card>
          <p role="status">Кампания закрыта: ответы больше не принимаются.</p>
        </Card>
      ) : (
        <>
          <p className="mb-4 text-sm text-slate-700">
            Перенесите ответы с бланка. В отчётах ответ будет отмечен: «внесено куратором с бумажного бланка».
          </p>
          <QuestionnaireForm
            responseId={entry.id}
            questions={entry.template.questions}
            mode="paper"
            doneHref={back}
            timeZone={viewer.timeZone}
          />
        </>
      )}
    </div>
  );
}
