import { findMonitoringParameter } from "@/lib/questionnaires/monitoring-parameters";
import type { GrowthRow } from "@/lib/reports/sql/query-monitoring-growth";

/** A growth row with its parameter's label and the delta of the two means shown (null when hidden). */
export function withDelta(row: GrowthRow) {
  const delta = row.before !== null && row.after !== null ? Math.round((row.after - row.before) * 100) / 100 : null;
  return { ...row, label: findMonitoringParameter(row.parameter)?.label ?? row.parameter, delta };
}

export type GrowthFigure = ReturnType<typeof withDelta>;
