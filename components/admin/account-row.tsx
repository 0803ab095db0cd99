"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { STAFF_ROLES, type StaffRole } from "@/lib/accounts/account-schema";
import type { SchoolAccount } from "@/lib/accounts/list-school-accounts";
import { resetAccountPassword } from "@/lib/accounts/reset-account-password";
import { setAccountActive } from "@/lib/accounts/set-account-active";
import { roleLabels } from "@/lib/auth/roles";
import { AccountRolesForm } from "./account-roles-form";
import { FormMessage } from "@/components/ui/card";

type Step = "idle" | "roles" | "confirm-off" | "confirm-reset";

/** One account: its roles here, and the admin's actions — each destructive one asks for a confirmation first. */
export function AccountRow({ account, isSelf }: { account: SchoolAccount; isSelf: boolean }) {
  const router = useRouter();
  const [step, setStep] = useState<Step>("idle");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [password, setPassword] = useState<string | null>(null);
  const staffRoles = account.roles.filter((r): r is StaffRole => (STAFF_ROLES as readonly string[]).includes(r));
  const name = account.displayName;

  const run = (work: () => Promise<{ ok: boolean; error?: string }>) =>
    startTransition(async () => {
      setError(null);
      const result = await work();
      if (!result.ok) setError(result.error ?? null);
      setStep("idle");
      router.refresh();
    });
  const switchTo = (active: boolean) => run(() => setAccountActive({ userId: account.id, active }));
  const reset = () =>
    run(async () => {
      const result = await resetAccountPassword({ userId: account.id, confirm: true });
      if (result.ok) setPassword(result.data.password);
      return result;
    });

  return (
    <li className="space-y-2 py-3" aria-label={`Учётная запись: ${name}`}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <p className="font-medium">
            {name}
            {!account.isActive && <span className="ml-2 text-sm font-normal text-red-700">отключена в этой школе</span>}
          </p>
          <p className="text-sm text-slate-700">
            <span className="font-mono">{account.login}</span> · {account.roles.map((r) => roleLabels[r]).join(", ")}
            {account.inOtherSchools && " · есть и в другой школе"}
          </p>
        </div>
        {step === "idle" && (
          <div className="flex flex-wrap items-center gap-2">
            {!isSelf && (
              <Button variant="secondary" onClick={() => setStep("roles")}>
                Роли
              </Button>
            )}
            {isSelf && (
              <span className="text-sm text-slate-600">
                Это вы: свои роли меняет другой администратор, свой пароль — в «Моём профиле»
              </span>
            )}
            {!isSelf && !account.inOtherSchools && (
              <Button variant="secondary" onClick={() => setStep("confirm-reset")}>
                Сбросить пароль
              </Button>
            )}
            {!isSelf && account.isActive && (
              <Button variant="secondary" onClick={() => setStep("confirm-off")}>
                Отключить
              </Button>
            )}
            {!isSelf && !account.isActive && (
              <Button variant="secondary" disabled={pending} onClick={() => switchTo(true)}>
                Включить
              </Button>
            )}
          </div>
        )}
      </div>
      {step === "roles" && (
        <AccountRolesForm
          userId={account.id}
          name={name}
          roles={staffRoles}
          onDone={() => {
            setStep("idle");
            router.refresh();
          }}
        />
      )}
      {step === "confirm-off" && (
        <Confirm
          text={`Отключить учётную запись «${name}» в этой школе? Она сразу перестанет открывать страницы школы.`}
          yes="Да, отключить"
          pending={pending}
          onYes={() => switchTo(false)}
          onNo={() => setStep("idle")}
        />
      )}
      {step === "confirm-reset" && (
        <Confirm
          text={`Сбросить пароль «${name}»? Старый пароль перестанет действовать, все сеансы завершатся; новый покажем один раз.`}
          yes="Да, сбросить пароль"
          pending={pending}
          onYes={reset}
          onNo={() => setStep("idle")}
        />
      )}
      {password && (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Новый пароль для входа ({account.login}):{" "}
          <strong data-testid="temporary-password" className="font-mono text-base">
            {password}
          </strong>
          . Он показан только сейчас: передайте его лично и попросите сменить в «Моём профиле».
        </p>
      )}
      <FormMessage error={error} />
    </li>
  );
}

function Confirm({
  text,
  yes,
  pending,
  onYes,
  onNo,
}: {
  text: string;
  yes: string;
  pending: boolean;
  onYes: () => void;
  onNo: () => void;
}) {
  return (
    <div role="group" aria-label="Подтверждение" className="space-y-2 rounded-md bg-red-50 p-3 text-sm">
      <p>{text}</p>
      <div className="flex gap-2">
        <Button disabled={pending} onClick={onYes}>
          {yes}
        </Button>
        <Button variant="secondary" onClick={onNo}>
          Отмена
        </Button>
      </div>
    </div>
  );
}
