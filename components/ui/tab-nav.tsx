import Link from "next/link";
import type { ReactNode } from "react";
import type { Viewer } from "@/lib/auth/viewer";
import { mayOpen, type RoutePattern } from "@/lib/routes/route-access";

/** Links between the pages of one section, those the viewer may open; the page in view is marked. */
export function TabNav({
  label,
  links,
  viewer,
  current,
  children,
}: {
  label: string;
  links: { href: RoutePattern; label: string }[];
  viewer: Viewer;
  current: string;
  children?: ReactNode;
}) {
  return (
    <nav aria-label={label} className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {links
        .filter((link) => mayOpen(viewer, link.href))
        .map((link) => (
          <Link
            key={link.href}
            href={link.href}
            aria-current={link.href === current ? "page" : undefined}
            className={link.href === current ? "font-semibold text-slate-900" : "text-blue-800 underline"}
          >
            {link.label}
          </Link>
        ))}
      {children}
    </nav>
  );
}
