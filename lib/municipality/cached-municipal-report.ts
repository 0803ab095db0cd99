import "server-only";
import { unstable_cache } from "next/cache";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { calendarDateValue, todayCalendarDate } from "@/lib/format/date";
import { assertCan } from "@/lib/permissions";
import { getMunicipalReport } from "./get-municipal-report";

/** How long the coordinator's page shows the same figures: aggregates of a whole municipality move slowly. */
export const MUNICIPAL_REPORT_SECONDS = 300;

/**
 * The coordinator's page reads the municipality's report from Next's data cache, computed at most once per
 * MUNICIPAL_REPORT_SECONDS per municipality and day (the report holds no person's data, and every coordinator of the
 * municipality sees the same): at fifty schools the SQL takes about a second, too long to run on every view. The
 * exports compute it afresh. `computedAt` tells the page how fresh the figures are.
 */
export async function cachedMunicipalReport(viewer: Viewer) {
  assertCan(viewer, "municipality:read");
  const municipality = viewer.municipality;
  if (!municipality) throw new AppError("FORBIDDEN");
  const today = todayCalendarDate(viewer.timeZone);
  const compute = unstable_cache(
    async () => ({ report: await getMunicipalReport(viewer, today), computedAt: new Date().toISOString() }),
    ["municipal-report", municipality.id, calendarDateValue(today)],
    { revalidate: MUNICIPAL_REPORT_SECONDS },
  );
  // Views arriving while the figures are being computed wait for that computation instead of starting their own.
  const key = `${municipality.id}:${calendarDateValue(today)}`;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = compute().finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  const { report, computedAt } = await pending;
  return { report, computedAt: new Date(computedAt) };
}

const inFlight = new Map<string, Promise<{ report: Awaited<ReturnType<typeof getMunicipalReport>>; computedAt: string }>>();
