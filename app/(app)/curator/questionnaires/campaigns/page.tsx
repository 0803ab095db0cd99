import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageTitle, ProgressBar } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { formatDate, formatInstant } from "@/lib/format/date";
import { listCampaigns } from "@/lib/questionnaires/campaigns/list-campaigns";

export const metadata: Metadata = { title: "Кампании анкетирования" };

export default async function CampaignsPage() {
  const viewer = await requirePage("/curator/questionnaires/campaigns");
  const campaigns = await listCampaigns(viewer);
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/curator/questionnaires" className="text-sm text-blue-800 underline">
        ← Анкеты
      </Link>
      <PageTitle subtitle="Анкеты, отправленные наставляемым, наставникам и родителям, и кто уже ответил.">
        Кампании анкетирования
      </PageTitle>
      <Link
        href="/curator/questionnaires/campaigns/new"
        className="mb-4 inline-flex min-h-10 items-center rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
      >
        Новая кампания
      </Link>
      {campaigns.length === 0 ? (
        <Card>
          <p>Кампаний пока нет.</p>
        </Card>
      ) : (
        <ul className="space-y-3">
          {campaigns.map((c) => {
            const percent = c.total ? Math.round((c.answered / c.total) * 100) : 0;
            return (
              <li key={c.id}>
                <Card>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <Link href={`/curator/questionnaires/campaigns/${c.id}`} className="font-medium text-blue-800 underline">
                      {c.title}
                    </Link>
                    <span className={`text-sm ${c.closedAt ? "text-slate-600" : "text-green-800"}`}>
                      {c.closedAt ? `Закрыта ${formatInstant(c.closedAt, viewer.timeZone)}` : `Идёт, до ${formatDate(c.dueOn)}`}
                    </span>
                  </div>
                  <p className="mb-2 text-sm text-slate-700">{c.template.title}</p>
                  <ProgressBar percent={percent} label={`Ответили ${c.answered} из ${c.total}`} />
                  <p className="mt-1 text-sm text-slate-700">
                    Ответили {c.answered} из {c.total} ({percent}%)
                  </p>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
