import type { Metadata } from "next";
import Link from "next/link";
import { JoinForm } from "@/components/invitations/join-form";
import { FormMessage } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { checkRequestCode } from "@/lib/invitations/check-invitation-code";
import { roleLabels } from "@/lib/auth/roles";
import { invitationSubject } from "@/lib/invitations/find-invitation";

export const metadata: Metadata = { title: "Регистрация по приглашению" };

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const raw = (await searchParams).code;
  const typed = (typeof raw === "string" ? raw : "").trim().slice(0, 40);
  const checked = typed ? await checkRequestCode(typed) : null;

  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-8">
      <h1 className="text-2xl font-semibold">Регистрация в «Наставнике»</h1>
      <p className="mb-6 mt-1 text-slate-700">
        Вход по коду приглашения, который выдали куратор программы или администратор школы
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {checked?.ok ? (
          <>
            <Subject {...invitationSubject(checked.invitation)} resetting={checked.kind === "password-reset"} />
            <JoinForm code={typed} kind={checked.kind} />
          </>
        ) : (
          <div className="space-y-4">
            <FormMessage error={checked && !checked.ok ? checked.message : null} />
            <form action="/join" method="get" className="space-y-4">
              <div className="space-y-1">
                <label htmlFor="code" className="block text-sm font-medium text-slate-800">
                  Код приглашения
                </label>
                <input
                  id="code"
                  name="code"
                  defaultValue={typed}
                  required
                  autoComplete="one-time-code"
                  autoCapitalize="characters"
                  placeholder="K7MX-Q4PA-9R"
                  aria-describedby="code-hint"
                  className={`${inputClass} font-mono uppercase tracking-wider`}
                />
                <p id="code-hint" className="text-sm text-slate-600">
                  10 знаков с листа приглашения; дефисы можно не вводить
                </p>
              </div>
              <Button type="submit" className="w-full">
                Продолжить
              </Button>
            </form>
          </div>
        )}
      </div>
      <p className="mt-4 text-sm text-slate-600">
        Уже есть аккаунт?{" "}
        <Link href="/login" className="text-blue-800 underline">
          Перейти ко входу
        </Link>
      </p>
    </main>
  );
}

function Subject({
  role,
  roles,
  firstName,
  className,
  resetting,
}: ReturnType<typeof invitationSubject> & { resetting: boolean }) {
  return (
    <div className="mb-4 rounded-md bg-blue-50 p-3 text-sm text-slate-900">
      {role === "STAFF" || role === "MENTOR" ? (
        <p>
          Приглашение для сотрудника или наставника: <strong>{firstName}</strong>. Роли:{" "}
          {roles.map((r) => roleLabels[r].toLowerCase()).join(", ")}.
        </p>
      ) : role === "PARENT" ? (
        <p>
          Приглашение для родителя ученика: <strong>{firstName}</strong>, {className} класс. Укажите свои фамилию, имя и отчество.
        </p>
      ) : (
        <p>
          Приглашение для ученика: <strong>{firstName}</strong>, {className} класс.
        </p>
      )}
      {resetting && <p className="mt-1">Аккаунт у вас уже есть: задайте новый пароль, логин останется прежним.</p>}
    </div>
  );
}
