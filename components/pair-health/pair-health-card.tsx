import { HealthBadge, HealthReasons } from "@/components/pair-health/health-badge";
import { Card } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/viewer";
import { listPairHealth } from "@/lib/pair-health/list-pair-health";

/** On the mentor's pair page: the pair's health with its reasons (only while the pair works). */
export async function PairHealthCard({ viewer, mentorshipId }: { viewer: Viewer; mentorshipId: string }) {
  const { rows } = await listPairHealth(viewer, { own: true });
  const row = rows.find((r) => r.mentorshipId === mentorshipId);
  if (!row) return null;
  return (
    <Card title="Состояние пары" className="mt-4">
      <HealthBadge status={row.status} />
      <HealthReasons reasons={row.reasons} />
      {row.status === "OK" && <p className="mt-1 text-sm text-slate-700">Встречи идут регулярно.</p>}
    </Card>
  );
}
