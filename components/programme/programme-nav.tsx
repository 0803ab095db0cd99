import { TabNav } from "@/components/ui/tab-nav";
import type { Viewer } from "@/lib/auth/viewer";
import { mayOpen, type RoutePattern } from "@/lib/routes/route-access";

const links: { href: RoutePattern; label: string }[] = [
  { href: "/curator/programme", label: "Текст программы" },
  { href: "/curator/programme/team", label: "Рабочая группа и ресурсы" },
  { href: "/curator/programme/media", label: "Медиаплан" },
  { href: "/curator/programme/plans", label: "План работы и планы модулей" },
  { href: "/director/programme", label: "Утверждение" },
];

/** Links between the pages of the programme document, and its downloads. */
export function ProgrammeNav({ viewer, current }: { viewer: Viewer; current: RoutePattern }) {
  return (
    <TabNav label="Программа наставничества" links={links} viewer={viewer} current={current}>
      {mayOpen(viewer, "/curator/programme/document/[format]") &&
        // Files, not pages: a plain link that downloads.
        (["docx", "pdf"] as const).map((format) => (
          <a key={format} href={`/curator/programme/document/${format}`} className="text-blue-800 underline">
            Скачать {format.toUpperCase()}
          </a>
        ))}
    </TabNav>
  );
}
