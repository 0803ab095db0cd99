"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { dashboardPaths, roleLabels } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";

/** Links to the dashboards of a user's roles; the one in view is marked for sight and for screen readers. */
export function RoleNav({ roles }: { roles: Role[] }) {
  const pathname = usePathname();
  return (
    <>
      {roles.map((role) => {
        const href = dashboardPaths[role];
        const current = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={role}
            href={href}
            aria-current={current ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${current ? "border-blue-700 bg-blue-700 text-white" : "border-slate-300 hover:bg-slate-100"}`}
          >
            {roleLabels[role]}
          </Link>
        );
      })}
    </>
  );
}
