import type { Metadata } from "next";
import Link from "next/link";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { calendarDateValue, todayCalendarDate } from "@/lib/format/date";
import { loadLaunchOptions } from "@/lib/questionnaires/campaigns/load-launch-options";

export const metadata: Metadata = { title: "Новая кампания" };

export default async function NewCampaignPage() {
  const viewer = await requirePage("/curator/questionnaires/campaigns/new");
  const options = await loadLaunchOptions(viewer);
  return (
    <div className="mx-auto max-w-2xl">
      <Link href="/curator/questionnaires/campaigns" className="text-sm text-blue-800 underline">
        ← Кампании анкетирования
      </Link>
      <PageTitle subtitle="Анкета придёт на главную страницу каждого, кто в неё попал; можно будет напомнить и внести бумажные ответы.">
        Новая кампания
      </PageTitle>
      <Card>
        <CampaignForm options={options} today={calendarDateValue(todayCalendarDate(viewer.timeZone))} />
      </Card>
    </div>
  );
}
