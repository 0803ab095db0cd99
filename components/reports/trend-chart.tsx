"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TrendPoint {
  /** «Ноябрь 2026» */
  label: string;
  coveragePercent: number;
  meetings: number;
  pairsAtRisk: number;
}

/**
 * Coverage (line, left axis, %), meetings held and pairs at risk (bars, right axis) by month. The chart is a picture for sighted
 * readers (aria-hidden); the same figures are in the table that follows it (TrendTable), which a screen reader reads.
 */
export function TrendChart({ points, target }: { points: TrendPoint[]; target: number }) {
  return (
    <div aria-hidden="true" className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis yAxisId="percent" domain={[0, Math.max(100, target)]} unit=" %" tick={{ fontSize: 12 }} />
          <YAxis yAxisId="meetings" orientation="right" allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Bar yAxisId="meetings" dataKey="meetings" name="Проведено встреч" fill="#93c5fd" />
          <Bar yAxisId="meetings" dataKey="pairsAtRisk" name="Пар под риском" fill="#f87171" />
          <Line yAxisId="percent" dataKey="coveragePercent" name="Охват, %" stroke="#1d4ed8" strokeWidth={2} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
