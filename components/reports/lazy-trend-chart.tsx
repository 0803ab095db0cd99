"use client";

import dynamic from "next/dynamic";

/**
 * The chart's code (recharts) loads after the page is interactive: the figures are in the table beside it, so the
 * page need not wait for the picture. The placeholder keeps its height, so nothing moves when it arrives.
 */
export const LazyTrendChart = dynamic(() => import("./trend-chart").then((module) => module.TrendChart), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-64 w-full" />,
});
