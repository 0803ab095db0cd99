import type { ReactNode } from "react";

/**
 * A table that scrolls sideways on a narrow screen: focusable and named («Таблица: …», so it is not confused with the
 * section around it), so a keyboard user can reach it and scroll it with the arrow keys.
 */
export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={`Таблица: ${label}`}
      tabIndex={0}
      className={`overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-700 ${className}`}
    >
      {children}
    </div>
  );
}
