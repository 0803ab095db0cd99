"use client";

import Link from "next/link";

/** Any unexpected failure of a page: a Russian message and a retry, never the framework's English error screen. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-lg p-6 text-center" role="alert">
      <h1 className="text-xl font-semibold">Что-то пошло не так</h1>
      <p className="mt-2 text-slate-700">
        Страницу не удалось показать из-за внутренней ошибки. Попробуйте ещё раз; если ошибка повторится, сообщите администратору
        школы.
      </p>
      <div className="mt-4 flex justify-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
        >
          Повторить
        </button>
        <Link href="/" className="self-center text-blue-700 underline">
          На главную
        </Link>
      </div>
    </main>
  );
}
