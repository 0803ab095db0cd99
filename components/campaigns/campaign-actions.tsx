"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { closeCampaign } from "@/lib/questionnaires/campaigns/close-campaign";
import { remindCampaign } from "@/lib/questionnaires/campaigns/remind-campaign";

/** «Напомнить» and «Закрыть кампанию» for an open campaign. */
export function CampaignActions({ campaignId, pending }: { campaignId: string; pending: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const [busy, startTransition] = useTransition();

  const remind = () =>
    startTransition(async () => {
      const result = await remindCampaign({ campaignId });
      setMessage(result.ok ? { success: `Напоминание отправлено: ${result.data.reminded} чел.` } : { error: result.error });
      if (result.ok) router.refresh();
    });
  const close = () =>
    startTransition(async () => {
      const result = await closeCampaign({ campaignId });
      setMessage(result.ok ? { success: "Кампания закрыта." } : { error: result.error });
      setConfirming(false);
      if (result.ok) router.refresh();
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={remind} disabled={busy || pending === 0}>
          Напомнить
        </Button>
        {confirming ? (
          <>
            <Button type="button" variant="secondary" onClick={close} disabled={busy}>
              Да, закрыть
            </Button>
            <Button type="button" variant="ghost" onClick={() => setConfirming(false)} disabled={busy}>
              Отмена
            </Button>
          </>
        ) : (
          <Button type="button" variant="secondary" onClick={() => setConfirming(true)} disabled={busy}>
            Закрыть кампанию
          </Button>
        )}
      </div>
      {confirming && (
        <p className="text-sm text-slate-700">
          После закрытия неотвеченные анкеты ({pending}) больше нельзя будет отправить. Закрыть?
        </p>
      )}
      <FormMessage error={message.error} success={message.success} />
    </div>
  );
}
