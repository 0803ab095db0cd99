import Link from "next/link";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { AccountFilter } from "@/lib/accounts/account-schema";
import { roleLabels, roleOrder } from "@/lib/auth/roles";

/** Search and filters as a plain GET form: the list is read on the server from the query string. */
export function AccountFilters({ filter }: { filter: AccountFilter }) {
  return (
    <form method="get" action="/admin" role="search" className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
      <div className="space-y-1">
        <label htmlFor="q" className="block text-sm font-medium">
          Имя или логин
        </label>
        <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={100} className={inputClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor="role" className="block text-sm font-medium">
          Роль
        </label>
        <select id="role" name="role" defaultValue={filter.role ?? ""} className={inputClass}>
          <option value="">Все</option>
          {roleOrder.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="state" className="block text-sm font-medium">
          Состояние
        </label>
        <select id="state" name="state" defaultValue={filter.state ?? ""} className={inputClass}>
          <option value="">Все</option>
          <option value="active">Действующие</option>
          <option value="off">Отключённые</option>
        </select>
      </div>
      <div className="flex gap-2">
        <Button type="submit">Найти</Button>
        <Link href="/admin" className="inline-flex min-h-10 items-center px-2 text-sm text-blue-800 underline">
          Сбросить
        </Link>
      </div>
    </form>
  );
}

/** «Назад / Вперёд» links that keep the search and filters. */
export function AccountPages({ filter, page, pages }: { filter: AccountFilter; page: number; pages: number }) {
  if (pages <= 1) return null;
  const href = (to: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filter, page: to })) if (value) params.set(key, String(value));
    return `/admin?${params}`;
  };
  return (
    <nav aria-label="Страницы списка" className="mt-3 flex items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} className="text-blue-800 underline">
          ← Назад
        </Link>
      )}
      <span>
        Страница {page} из {pages}
      </span>
      {page < pages && (
        <Link href={href(page + 1)} className="text-blue-800 underline">
          Вперёд →
        </Link>
      )}
    </nav>
  );
}
