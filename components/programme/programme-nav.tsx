import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import { mayOpen, type RoutePattern } from "@/lib/routes/route-access";

const links: { href: RoutePattern; label: string }[] = [
  { href: "/curator/programme", label: "Текст программы" },
  { href: "/curator/programme/team", label: "Рабочая группа и ресурсы" },
  { href: "/curator/programme/media", label: "Медиаплан" },
  { href: "/curator/programme/plans", label: "План работы и планы модулей" },
  { href: "/director/programme", label: "Утверждение" },
];

/** Links between the pages of the programme document; the page in view is marked. */
export function ProgrammeNav({ viewer, current }: { viewer: Viewer; current: RoutePattern }) {
  return (
    <nav aria-label="Программа наставничества" className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
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
      {mayOpen(viewer, "/curator/programme/document/[format]") && (
        // Files, not pages: a plain link that downloads.
        <>
          {(["docx", "pdf"] as const).map((format) => (
            <a key={format} href={`/curator/programme/document/${format}`} className="text-blue-800 underline">
              Скачать {format.toUpperCase()}
            </a>
          ))}
        </>
      )}
    </nav>
  );
}
