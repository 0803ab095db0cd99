import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import { can, type Permission } from "@/lib/permissions";

const sections: { href: string; label: string; permission: Permission }[] = [
  { href: "/curator/roster", label: "Контингент", permission: "roster:read" },
  { href: "/curator/mentees", label: "Наставляемые", permission: "mentee-base:read" },
  { href: "/curator/mentors", label: "Наставники", permission: "mentor-base:read" },
  { href: "/curator/pairs", label: "Пары и группы", permission: "mentorship:create" },
  { href: "/curator/consents", label: "Согласия", permission: "consent:read" },
  { href: "/curator/invitations", label: "Приглашения", permission: "invitation:manage" },
  { href: "/curator/questionnaires", label: "Анкеты", permission: "questionnaire:run-campaigns" },
  { href: "/curator/monitoring", label: "Мониторинг", permission: "monitoring:read" },
];

/** Links to the participant sections the viewer may open. */
export function SectionNav({ viewer }: { viewer: Viewer }) {
  const visible = sections.filter((s) => can(viewer, s.permission));
  if (visible.length === 0) return null;
  return (
    <nav aria-label="Разделы" className="flex w-full flex-wrap gap-x-4 gap-y-1 text-sm">
      {visible.map((s) => (
        <Link key={s.href} href={s.href} className="text-blue-800 underline">
          {s.label}
        </Link>
      ))}
    </nav>
  );
}
