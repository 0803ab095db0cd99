"use client";

import { PrintButton } from "@/components/print-button";
import { Button } from "@/components/ui/button";
import { formatInstant } from "@/lib/format/date";
import type { InvitationCard, InvitationSheet } from "@/lib/invitations/invitation-sheet";

const forWhom = { MENTEE: "Для ученика", PARENT: "Для родителя", STAFF: "Для сотрудника", MENTOR: "Для наставника" } as const;

/** Cards to print and cut: one per code, with the QR link, the short code, the expiry date and what to do. */
export function InvitationSheetView({
  sheet,
  schoolName,
  timeZone,
  onClose,
}: {
  sheet: InvitationSheet;
  schoolName: string;
  timeZone: string;
  onClose: () => void;
}) {
  const leave = () => {
    if (window.confirm("Коды больше нигде не хранятся. Вы распечатали лист?")) onClose();
  };
  return (
    <section aria-labelledby="sheet-title" className="bg-white text-black">
      <div className="mb-4 space-y-3 print:hidden">
        <h1 id="sheet-title" className="text-2xl font-semibold">
          {sheet.title}
        </h1>
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Коды выданы: {sheet.cards.length}. Они показываются только сейчас и нигде не сохраняются — распечатайте лист, прежде чем
          уйти со страницы. Потерянный код можно заменить новым.
        </p>
        {sheet.skippedNote && <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-900">{sheet.skippedNote}</p>}
        <div className="flex flex-wrap gap-3">
          <PrintButton />
          <Button type="button" variant="secondary" onClick={leave}>
            Назад к списку
          </Button>
        </div>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 print:grid-cols-2 print:gap-2">
        {sheet.cards.map((card) => (
          <Card key={card.invitationId} card={card} schoolName={schoolName} timeZone={timeZone} />
        ))}
      </div>
    </section>
  );
}

function Card({ card, schoolName, timeZone }: { card: InvitationCard; schoolName: string; timeZone: string }) {
  const joinAddress = `${new URL(card.url).origin}/join`;
  return (
    <article
      aria-label={`Приглашение: ${card.pupilName}, ${forWhom[card.role].toLowerCase()}`}
      className="break-inside-avoid rounded-md border-2 border-dashed border-slate-500 p-3 text-sm"
    >
      <p className="text-xs text-slate-700">«Наставник» · {schoolName}</p>
      <p className="mt-1 font-semibold uppercase tracking-wide">{forWhom[card.role]}</p>
      <p className="text-base font-semibold">
        {card.pupilName}, {card.role === "MENTEE" || card.role === "PARENT" ? `${card.className} класс` : card.className}
      </p>
      <div className="mt-2 flex flex-wrap items-start gap-3">
        <div
          className="h-32 w-32 shrink-0 [&>svg]:h-full [&>svg]:w-full"
          role="img"
          aria-label="QR-код со ссылкой на регистрацию"
          dangerouslySetInnerHTML={{ __html: card.qrSvg }}
        />
        <div className="min-w-0 flex-1 space-y-1">
          <p>
            Код:{" "}
            <strong data-testid="invitation-code" className="font-mono text-lg tracking-wider">
              {card.code}
            </strong>
          </p>
          <p>Действует до {formatInstant(new Date(card.expiresAt), timeZone)}</p>
        </div>
      </div>
      <ol className="mt-2 list-decimal space-y-0.5 pl-5">
        <li>Наведите камеру телефона на QR-код или откройте {joinAddress} и введите код.</li>
        <li>
          {card.purpose === "parent"
            ? "Укажите свои фамилию, имя и отчество, придумайте логин и пароль."
            : card.purpose === "password-reset"
              ? "Придумайте новый пароль. Логин остаётся прежним."
              : "Придумайте логин и пароль."}
          {(card.purpose === "parent" || card.role === "STAFF" || card.role === "MENTOR") &&
            " Если аккаунт в «Наставнике» у вас уже есть, выберите «У меня уже есть аккаунт»."}
        </li>
        <li>
          {card.purpose === "password-reset"
            ? "Дальше входите со своим логином и новым паролем."
            : "Дальше входите с этим логином и паролем."}{" "}
          Код одноразовый — не передавайте его другим.
        </li>
      </ol>
    </article>
  );
}
