import type { Metadata } from "next";
import { AchievementsMonitoring } from "@/components/achievements/achievements-monitoring";
import { GrowthSection } from "@/components/monitoring/growth-section";
import { ParticipantsTable } from "@/components/monitoring/participants-table";
import { SatisfactionSection } from "@/components/monitoring/satisfaction-section";
import { SwotForm } from "@/components/monitoring/swot-form";
import { SwotView } from "@/components/monitoring/swot-view";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { formatInstant } from "@/lib/format/date";
import { getMonitoring } from "@/lib/monitoring/get-monitoring";
import { summariseAchievements } from "@/lib/achievements/summarise-achievements";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Мониторинг программы" };

// The curator and the director both read this page (monitoring:read); only the curator edits the SWOT and sees people.
export default async function MonitoringPage() {
  const viewer = await requirePage("/curator/monitoring");
  const monitoring = await getMonitoring(viewer);
  if (!monitoring) {
    return (
      <>
        <PageTitle>Мониторинг программы</PageTitle>
        <Card>
          <p>Программа наставничества ещё не создана.</p>
        </Card>
      </>
    );
  }
  const swot = monitoring.swot;
  const swotValues = {
    strengths: swot?.strengths ?? "",
    weaknesses: swot?.weaknesses ?? "",
    opportunities: swot?.opportunities ?? "",
    threats: swot?.threats ?? "",
  };
  return (
    <>
      <PageTitle subtitle={monitoring.programme.title}>Мониторинг программы</PageTitle>
      <section aria-labelledby="stage-1" className="mb-8 space-y-4">
        <h2 id="stage-1" className="text-xl font-semibold">
          Этап 1. Качество программы
        </h2>
        <SatisfactionSection satisfaction={monitoring.satisfaction} />
        <Card title="SWOT-анализ программы">
          {swot && <p className="mb-3 text-sm text-slate-700">Обновлён {formatInstant(swot.updatedAt, viewer.timeZone)}.</p>}
          {can(viewer, "monitoring:edit-swot") ? <SwotForm initial={swotValues} /> : <SwotView swot={swot} />}
        </Card>
      </section>
      <section aria-labelledby="stage-2" className="space-y-4">
        <h2 id="stage-2" className="text-xl font-semibold">
          Этап 2. Рост участников
        </h2>
        <GrowthSection growth={monitoring.growth} />
        <AchievementsMonitoring summary={await summariseAchievements(viewer, monitoring.programme.id)} />
        {monitoring.participants && <ParticipantsTable rows={monitoring.participants} />}
      </section>
    </>
  );
}
