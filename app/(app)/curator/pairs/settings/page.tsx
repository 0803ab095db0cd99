import type { Metadata } from "next";
import Link from "next/link";
import { MatchSettingsForm } from "@/components/matching/match-settings-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { parseMatchSettings } from "@/lib/matching/draft/match-settings-storage";
import { findCurrentProgramme } from "@/lib/roadmap/find-current-programme";

export const metadata: Metadata = { title: "Настройки подбора" };

export default async function MatchSettingsPage() {
  const viewer = await requirePage("/curator/pairs/settings");
  const current = await findCurrentProgramme(viewer.schoolId);
  const stored = current
    ? await db.programme.findFirst({ where: { id: current.id, schoolId: viewer.schoolId }, select: { matchSettings: true } })
    : null;
  return (
    <>
      <Link href="/curator/pairs" className="text-sm text-blue-800 underline">
        ← Пары и группы
      </Link>
      <PageTitle subtitle={current?.title}>Настройки подбора</PageTitle>
      <Card title="Как считается балл пары">
        {current ? (
          <MatchSettingsForm settings={parseMatchSettings(stored?.matchSettings ?? null)} />
        ) : (
          <p>Сначала начните программу наставничества учебного года.</p>
        )}
      </Card>
    </>
  );
}
