"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { TrendPoint } from "./trend-chart";

const placeholder = "h-64 w-full";

const TrendChart = dynamic(() => import("./trend-chart").then((module) => module.TrendChart), {
  ssr: false,
  loading: () => <div aria-hidden="true" className={placeholder} />,
});

/**
 * The chart's code (recharts, the largest script of the report pages) loads only when the chart comes near the
 * screen: the figures are in the table beside it, and on a phone the chart is far below the fold, so the page need
 * not download and run it to be read. The placeholder keeps its height, so nothing moves when it arrives.
 */
export function LazyTrendChart(props: { points: TrendPoint[]; target: number }) {
  const placeholderRef = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = placeholderRef.current;
    if (!element || typeof IntersectionObserver === "undefined") return setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: "400px 0px",
    });
    observer.observe(element);
    // Printing before scrolling down asks for it as well (the first print may still show the table alone).
    const show = () => setNear(true);
    window.addEventListener("beforeprint", show);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", show);
    };
  }, []);
  if (near) return <TrendChart {...props} />;
  return <div ref={placeholderRef} aria-hidden="true" className={placeholder} />;
}
