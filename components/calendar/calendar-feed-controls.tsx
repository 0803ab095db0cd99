"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/calendar-feed-actions";

/** Make a new secret feed link (shown once) or revoke the current one. */
export function CalendarFeedControls({ origin, active }: { origin: string; active: boolean }) {
  const [link, setLink] = useState<string | null>(null);
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  return (
    <div className="space-y-3">
      <FormMessage error={message.error} success={message.success} />
      {link && (
        <div className="space-y-1">
          <label htmlFor="feed-link" className="block text-sm font-medium">
            Ссылка для подписки — скопируйте её сейчас, она показывается один раз
          </label>
          <input id="feed-link" readOnly value={link} className={inputClass} onFocus={(e) => e.target.select()} />
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          onClick={async () => {
            const result = await createCalendarFeed({});
            if (result.ok) {
              setLink(`${origin}/calendar/feed/${result.data.token}`);
              setMessage({ success: active ? "Новая ссылка создана, прежняя больше не работает." : "Ссылка создана." });
            } else setMessage({ error: result.error });
          }}
        >
          {active ? "Создать новую ссылку" : "Создать ссылку"}
        </Button>
        {(active || link) && (
          <Button
            type="button"
            variant="secondary"
            onClick={async () => {
              const result = await revokeCalendarFeed({});
              if (result.ok) {
                setLink(null);
                setMessage({ success: "Ссылка отозвана: календарь по ней больше не обновляется." });
              } else setMessage({ error: result.error });
            }}
          >
            Отозвать ссылку
          </Button>
        )}
      </div>
    </div>
  );
}
