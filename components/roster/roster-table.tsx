import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const cellClass = "border-b border-slate-100 px-2 py-2 align-top";

/** A table of the roster pages: column headers and rows, scrolling sideways on a narrow screen. */
export function RosterTable({
  headers,
  caption,
  children,
  className = "",
}: {
  headers: string[];
  caption: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <ScrollRegion label={caption} className={className}>
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-white">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className="border-b border-slate-300 px-2 py-2 font-semibold">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
