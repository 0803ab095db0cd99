import Link from "next/link";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { RoleNav } from "@/components/role-nav";
import { SectionNav } from "@/components/section-nav";
import { Button } from "@/components/ui/button";
import { signOutAndLeave } from "@/lib/auth/sign-in";
import { switchSchool } from "@/lib/auth/switch-school";
import type { Viewer } from "@/lib/auth/viewer";
import { roadmapHome } from "@/lib/routes/route-access";

export function AppHeader({ viewer }: { viewer: Viewer }) {
  const roadmapLink = roadmapHome(viewer);
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-blue-800">
          Наставник
        </Link>
        <span className="text-sm text-slate-700">{viewer.schoolName}</span>
        {roadmapLink && (
          <Link href={roadmapLink} className="text-sm text-blue-800 underline">
            Дорожная карта
          </Link>
        )}
        <div className="ml-auto flex items-center gap-3 text-sm">
          <NotificationBell viewer={viewer} />
          <Link href="/account" className="text-blue-800 underline" title="Мой профиль: пароль и почта">
            <span className="hidden sm:inline">{viewer.displayName}</span>
            <span className="sm:hidden">Профиль</span>
          </Link>
          <form action={signOutAndLeave}>
            <Button variant="secondary" type="submit">
              Выйти
            </Button>
          </form>
        </div>
        <SectionNav viewer={viewer} />
        {(viewer.roles.length > 1 || viewer.schools.length > 1) && (
          <nav aria-label="Мои кабинеты" className="flex w-full flex-wrap items-center gap-2">
            {viewer.roles.length > 1 && <RoleNav roles={viewer.roles} />}
            {viewer.schools.length > 1 && (
              <form action={switchSchool} className="flex items-center gap-2">
                <label htmlFor="schoolId" className="text-sm">
                  Школа
                </label>
                <select
                  id="schoolId"
                  name="schoolId"
                  defaultValue={viewer.schoolId}
                  className="rounded-md border border-slate-400 px-2 py-1 text-sm"
                >
                  {viewer.schools.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
                <Button variant="secondary" type="submit">
                  Перейти
                </Button>
              </form>
            )}
          </nav>
        )}
      </div>
    </header>
  );
}
