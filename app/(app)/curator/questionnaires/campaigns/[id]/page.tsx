import type { Metadata } from "next";
import Link from "next/link";
import { CampaignActions } from "@/components/campaigns/campaign-actions";
import { CompletionTable } from "@/components/campaigns/completion-table";
import { Card, PageTitle, ProgressBar } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { formatDate, formatInstant } from "@/lib/format/date";
import { reminderDay, reminderLabel } from "@/lib/questionnaires/campaigns/campaign-schema";
import { getCampaignCompletion } from "@/lib/questionnaires/campaigns/get-campaign-completion";

export const metadata: Metadata = { title: "Кампания анкетирования" };

const phaseLabels = { BEFORE: "мониторинг «до»", AFTER: "мониторинг «после»" } as const;

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePage("/curator/questionnaires/campaigns/[id]");
  const { id } = await params;
  const completion = await loadOrRefuse(getCampaignCompletion(viewer, id));
  const { campaign, answered, total, groups, rows } = completion;
  const percent = total ? Math.round((answered / total) * 100) : 0;
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <Link href="/curator/questionnaires/campaigns" className="text-sm text-blue-800 underline">
        ← Кампании анкетирования
      </Link>
      <PageTitle
        subtitle={`${campaign.template.title}, версия ${campaign.template.version}${campaign.monitoringPhase ? `, ${phaseLabels[campaign.monitoringPhase]}` : ""}. Ответить до ${formatDate(campaign.dueOn)}.`}
      >
        {campaign.title}
      </PageTitle>
      <p>
        <Link href={`/curator/questionnaires/results/campaign/${campaign.id}`} className="text-blue-800 underline">
          Итоги кампании
        </Link>
      </p>
      <Card title="Заполнение">
        <ProgressBar percent={percent} label={`Ответили ${answered} из ${total}`} />
        <p className="mt-1">
          Ответили {answered} из {total} ({percent}%)
        </p>
        {campaign.lastRemindedAt && (
          <p className="text-sm text-slate-700">
            Последнее напоминание: {formatInstant(campaign.lastRemindedAt, viewer.timeZone)}
          </p>
        )}
        {campaign.reminders.length > 0 && (
          <p className="text-sm text-slate-700" data-testid="auto-reminders">
            Автоматические напоминания:{" "}
            {campaign.reminders
              .map(
                (r) =>
                  `${reminderLabel(r.daysBefore)} — ${r.sentAt ? `отправлено ${formatInstant(r.sentAt, viewer.timeZone, "short")}` : `запланировано на ${formatDate(reminderDay(campaign.dueOn, r.daysBefore))}`}`,
              )
              .join("; ")}
          </p>
        )}
        {campaign.closedAt ? (
          <p role="status" className="mt-2 font-medium">
            Кампания закрыта {formatInstant(campaign.closedAt, viewer.timeZone)}.
          </p>
        ) : (
          <div className="mt-3">
            <CampaignActions campaignId={campaign.id} pending={total - answered} />
          </div>
        )}
      </Card>
      <Card title="По классам и формам">
        <ul className="space-y-2">
          {groups.map((g) => (
            <li key={g.group}>
              <p className="text-sm">
                {g.group}: {g.answered} из {g.total}
              </p>
              <ProgressBar
                percent={g.total ? Math.round((g.answered / g.total) * 100) : 0}
                label={`${g.group}: ответили ${g.answered} из ${g.total}`}
              />
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Кто получил анкету">
        <CompletionTable campaignId={campaign.id} rows={rows} closed={Boolean(campaign.closedAt)} timeZone={viewer.timeZone} />
      </Card>
    </div>
  );
}
