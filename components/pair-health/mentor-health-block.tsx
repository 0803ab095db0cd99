import Link from "next/link";
import { HealthBadge, HealthReasons } from "@/components/pair-health/health-badge";
import { Card } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/viewer";
import { listPairHealth } from "@/lib/pair-health/list-pair-health";

/** On the mentor's dashboard: their working pairs that need attention or are at risk, with the reasons. */
export async function MentorHealthBlock({ viewer }: { viewer: Viewer }) {
  const { rows } = await listPairHealth(viewer, { own: true });
  if (rows.length === 0) return null;
  const troubled = rows.filter((r) => r.status !== "OK");
  return (
    <Card title="Состояние пар" className="mb-4">
      {troubled.length === 0 ? (
        <p>Все ваши пары в норме.</p>
      ) : (
        <ul className="space-y-3">
          {troubled.map((row) => (
            <li key={row.mentorshipId}>
              <Link href={`/mentor/pairs/${row.mentorshipId}`} className="text-blue-800 underline">
                {row.menteeNames.join(", ")}
              </Link>{" "}
              <HealthBadge status={row.status} />
              <HealthReasons reasons={row.reasons} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
