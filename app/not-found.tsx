import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg p-6 text-center">
      <h1 className="text-xl font-semibold">Страница не найдена</h1>
      <p className="mt-2 text-slate-700">Запись не существует или у вас нет к ней доступа.</p>
      <Link href="/" className="mt-4 inline-block text-blue-700 underline">
        На главную
      </Link>
    </main>
  );
}
