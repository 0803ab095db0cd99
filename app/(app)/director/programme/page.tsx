import type { Metadata } from "next";
import Link from "next/link";
import { ApproveTextForm } from "@/components/programme/approve-text-form";
import { ProgrammeNav } from "@/components/programme/programme-nav";
import { VersionList } from "@/components/programme/version-list";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { calendarDateValue, formatShortDate, todayCalendarDate } from "@/lib/format/date";
import { can } from "@/lib/permissions";
import { getProgrammeText } from "@/lib/programme-document/get-programme-text";
import { textStatusLabels } from "@/lib/programme-document/labels";

export const metadata: Metadata = { title: "Утверждение программы наставничества" };

export default async function ProgrammeApprovalPage() {
  const viewer = await requirePage("/director/programme");
  const { programme, latest, approved, versions } = await loadOrRefuse(getProgrammeText(viewer));
  return (
    <>
      <PageTitle subtitle={latest ? `Версия ${latest.number}: ${textStatusLabels[latest.status]}` : "Текст ещё не создан"}>
        Утверждение программы «{programme.title}»
      </PageTitle>
      <ProgrammeNav viewer={viewer} current="/director/programme" />
      <div className="grid gap-4 lg:grid-cols-[3fr_1fr]">
        <div className="space-y-4">
          {!latest && (
            <Card>
              <p>
                Куратор ещё не создал текст программы.{" "}
                <Link href="/curator/programme" className="text-blue-800 underline">
                  Текст программы
                </Link>
              </p>
            </Card>
          )}
          {latest?.status === "APPROVED" && latest.orderDate && (
            <Card title="Программа утверждена">
              <p>
                Рассмотрено: {latest.councilName}, протокол № {latest.councilProtocol}
                {latest.councilDate && ` от ${formatShortDate(latest.councilDate)}`}.
              </p>
              <p>
                Утверждено приказом № {latest.orderNumber} от {formatShortDate(latest.orderDate)}.
              </p>
              <p className="mt-2 text-sm text-slate-700">Изменение текста создаст новую версию на утверждение.</p>
            </Card>
          )}
          {latest?.status === "DRAFT" && (
            <Card title={`Утвердить версию ${latest.number}`}>
              <p className="mb-3 text-sm text-slate-700">
                Прочитайте текст программы и документ (DOCX или PDF), затем укажите протокол совета и приказ. Утверждённая версия
                больше не меняется.
                {approved && ` Сейчас действует версия ${approved.number}.`}
              </p>
              {can(viewer, "programme-document:approve") ? (
                <ApproveTextForm
                  versionId={latest.id}
                  seenUpdatedAt={latest.updatedAt.toISOString()}
                  today={calendarDateValue(todayCalendarDate(viewer.timeZone))}
                />
              ) : (
                <p>Программу утверждает директор.</p>
              )}
            </Card>
          )}
        </div>
        {latest && <VersionList versions={versions} approvedNumber={approved?.number ?? null} />}
      </div>
    </>
  );
}
