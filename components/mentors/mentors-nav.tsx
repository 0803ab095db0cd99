import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import { mayOpen, type RoutePattern } from "@/lib/routes/route-access";

const links: { href: RoutePattern; label: string }[] = [
  { href: "/curator/mentors", label: "База наставников" },
  { href: "/curator/mentors/new", label: "Добавить наставника" },
  { href: "/curator/mentors/partners", label: "Организации-партнёры" },
  { href: "/curator/mentors/trainings", label: "Обучение наставников" },
  { href: "/curator/mentors/candidates", label: "Кандидаты на следующий год" },
];

/** Links between the pages of the mentors' base; the page in view is marked. */
export function MentorsNav({ viewer, current }: { viewer: Viewer; current: string }) {
  return (
    <nav aria-label="База наставников" className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
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
    </nav>
  );
}
