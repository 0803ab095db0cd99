import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { refreshingCache } from "@/lib/cache/refreshing-cache";
import { AppError } from "@/lib/errors";
import { calendarDateValue, todayCalendarDate } from "@/lib/format/date";
import { assertCan } from "@/lib/permissions";
import { getMunicipalReport, type MunicipalReport } from "./get-municipal-report";

/** How long the coordinator's page shows the same figures: aggregates of a whole municipality move slowly. */
export const MUNICIPAL_REPORT_SECONDS = 300;

const reports = refreshingCache<MunicipalReport>(MUNICIPAL_REPORT_SECONDS * 1000);

/**
 * The coordinator's page reads the municipality's report computed at most once per MUNICIPAL_REPORT_SECONDS per
 * municipality and day by this server (the report holds no person's data, and every coordinator of the municipality
 * sees the same): at fifty schools the SQL takes one to two seconds, too long to run on every view. Older figures are
 * shown while newer ones are computed; Next's data cache did not do that, and every view of stale figures started its
 * own computation (the benchmark: p95 8.5 s). The exports compute it afresh. `computedAt` tells how fresh the figures are.
 */
export async function cachedMunicipalReport(viewer: Viewer) {
  assertCan(viewer, "municipality:read");
  const municipality = viewer.municipality;
  if (!municipality) throw new AppError("FORBIDDEN");
  const today = todayCalendarDate(viewer.timeZone);
  const { value, computedAt } = await reports(`${municipality.id}:${calendarDateValue(today)}`, () =>
    getMunicipalReport(viewer, today),
  );
  return { report: value, computedAt };
}
