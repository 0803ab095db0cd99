import { TabNav } from "@/components/ui/tab-nav";
import type { Viewer } from "@/lib/auth/viewer";
import type { RoutePattern } from "@/lib/routes/route-access";

const links: { href: RoutePattern; label: string }[] = [
  { href: "/curator/mentors", label: "База наставников" },
  { href: "/curator/mentors/new", label: "Добавить наставника" },
  { href: "/curator/mentors/partners", label: "Организации-партнёры" },
  { href: "/curator/mentors/trainings", label: "Обучение наставников" },
  { href: "/curator/mentors/candidates", label: "Кандидаты на следующий год" },
];

/** Links between the pages of the mentors' base. */
export function MentorsNav({ viewer, current }: { viewer: Viewer; current: string }) {
  return <TabNav label="База наставников" links={links} viewer={viewer} current={current} />;
}
