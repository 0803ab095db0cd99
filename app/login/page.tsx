import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getViewer } from "@/lib/auth/current-viewer";

export const metadata: Metadata = { title: "Вход" };

export default async function LoginPage() {
  if (await getViewer()) redirect("/");
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-8">
      <h1 className="text-2xl font-semibold">Наставник</h1>
      <p className="mb-6 mt-1 text-slate-700">Программа наставничества школы</p>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <LoginForm />
      </div>
      <p className="mt-4 text-sm text-slate-700">
        Есть код приглашения из школы?{" "}
        <Link href="/join" className="text-blue-800 underline">
          Зарегистрироваться по коду
        </Link>
      </p>
      <p className="mt-2 text-sm text-slate-700">Нет ни логина, ни кода? Их выдаёт куратор программы или администратор школы.</p>
    </main>
  );
}
