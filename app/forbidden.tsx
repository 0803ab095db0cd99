import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Нет доступа" };

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg p-6 text-center">
      <h1 className="text-xl font-semibold">Нет доступа</h1>
      <p className="mt-2 text-slate-700">
        Эта страница недоступна для вашей роли. Если доступ нужен для работы, обратитесь к куратору программы или администратору
        школы.
      </p>
      <Link href="/" className="mt-4 inline-block text-blue-700 underline">
        На главную
      </Link>
    </main>
  );
}
