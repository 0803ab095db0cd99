import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import { can } from "@/lib/permissions";

const links = [
  { href: "/curator/mentors", label: "База наставников", edit: false },
  { href: "/curator/mentors/new", label: "Добавить наставника", edit: true },
  { href: "/curator/mentors/partners", label: "Организации-партнёры", edit: false },
  { href: "/curator/mentors/trainings", label: "Обучение наставников", edit: false },
];

/** Links between the pages of the mentors' base; the page in view is marked. */
export function MentorsNav({ viewer, current }: { viewer: Viewer; current: string }) {
  const editor = can(viewer, "mentor-base:edit");
  return (
    <nav aria-label="База наставников" className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {links
        .filter((link) => editor || !link.edit)
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
