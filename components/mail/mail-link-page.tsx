import Link from "next/link";
import type { ReactNode } from "react";

/** The frame of the pages that links in mail open without signing in (confirmation, unsubscribe). */
export function MailLinkPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-8">
      <p className="text-slate-700">Наставник — программа наставничества школы</p>
      <h1 className="mb-6 mt-1 text-2xl font-semibold">{title}</h1>
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">{children}</div>
      <p className="mt-4 text-sm text-slate-700">
        <Link href="/account" className="text-blue-800 underline">
          Настройки писем в «Моём профиле»
        </Link>{" "}
        (после входа)
      </p>
    </main>
  );
}
