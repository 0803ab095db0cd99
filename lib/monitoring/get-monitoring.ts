import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { assertCan, can } from "@/lib/permissions";
import { loadMonitoringData } from "./load-monitoring-data";
import { pairBeforeAfter, type ParticipantChange } from "./pair-before-after";
import { summariseGrowth } from "./summarise-growth";
import { summariseSatisfaction } from "./summarise-satisfaction";

/**
 * Individual before/after values are a person's data: only the curator sees them. Checked by role, not by a permission
 * that other roles also hold, so a director who also mentors still gets aggregates only.
 */
export function mayReadParticipants(viewer: Viewer): boolean {
  return can(viewer, "monitoring:read-participants");
}

/**
 * Both stages of monitoring for the school's latest programme. Aggregates for anyone with monitoring:read; the
 * per-participant table only for the curator (and logged as a read of those people), or never when `participants: false`.
 */
export async function getMonitoring(viewer: Viewer, options: { participants?: boolean } = {}) {
  assertCan(viewer, "monitoring:read");
  const data = await loadMonitoringData(viewer);
  if (!data) return null;
  const changes = pairBeforeAfter(data.monitoring);
  let participants: ParticipantChange[] | null = null;
  if ((options.participants ?? true) && mayReadParticipants(viewer)) {
    participants = changes;
    await recordReads(
      viewer,
      changes.map((c) => c.subjectId),
      "Мониторинг: рост участников",
    );
  }
  return {
    programme: { id: data.programme.id, title: data.programme.title },
    swot: data.programme.swot,
    satisfaction: summariseSatisfaction(data.satisfaction),
    growth: summariseGrowth(changes),
    participants,
  };
}

export type Monitoring = NonNullable<Awaited<ReturnType<typeof getMonitoring>>>;
