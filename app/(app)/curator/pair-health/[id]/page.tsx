import type { Metadata } from "next";
import Link from "next/link";
import { AchievementsSection } from "@/components/achievements/achievements-section";
import { HealthBadge, HealthReasons } from "@/components/pair-health/health-badge";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { formatDate } from "@/lib/format/date";
import { formatHours } from "@/lib/mentor-hours/school-year";
import { formatLabels, formLabels, mentorshipStatusLabels } from "@/lib/mentorships/labels";
import { getPairOverview } from "@/lib/pair-health/get-pair-overview";

export const metadata: Metadata = { title: "Пара на контроле" };

/** One pair for the curator: health, hours of meetings and interim results (achievements with evidence). */
export default async function PairOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePage("/curator/pair-health/[id]");
  const { id } = await params;
  const pair = await loadOrRefuse(getPairOverview(viewer, id));
  return (
    <>
      <Link href="/curator/pair-health" className="text-sm text-blue-800 underline">
        ← Контроль пар
      </Link>
      <PageTitle subtitle={`${formLabels[pair.form]} · ${formatLabels[pair.format]} · ${mentorshipStatusLabels[pair.status]}`}>
        {pair.mentees.length > 1 ? "Группа" : "Пара"}: {pair.mentorName}
      </PageTitle>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Участники">
          <p>Наставник: {pair.mentorName}</p>
          <ul className="mt-1 list-disc pl-5">
            {pair.mentees.map((m) => (
              <li key={m.id}>{m.name}</li>
            ))}
          </ul>
          {pair.startedOn && <p className="mt-2 text-sm text-slate-700">Работает с {formatDate(pair.startedOn)}</p>}
        </Card>
        <Card title="Состояние и часы">
          {pair.health ? (
            <>
              <HealthBadge status={pair.health.status} />
              <HealthReasons reasons={pair.health.reasons} />
            </>
          ) : (
            <p>Пара не работает: состояние не отслеживается.</p>
          )}
          <p className="mt-2">
            Встреч: {pair._count.meetings} · {formatHours(pair.meetingMinutes)} ч
            {pair.health?.lastMeetingOn && ` · последняя ${formatDate(pair.health.lastMeetingOn)}`}
          </p>
        </Card>
      </div>
      <AchievementsSection viewer={viewer} mentorshipId={pair.id} mentees={pair.mentees} active={pair.status === "ACTIVE"} />
    </>
  );
}
