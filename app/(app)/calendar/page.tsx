import type { Metadata } from "next";
import { headers } from "next/headers";
import { CalendarFeedControls } from "@/components/calendar/calendar-feed-controls";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { getOwnCalendarFeed } from "@/lib/calendar/get-own-calendar-feed";
import { formatInstant } from "@/lib/format/date";

export const metadata: Metadata = { title: "Мой календарь" };

export default async function CalendarPage() {
  const viewer = await requirePage("/calendar");
  const feed = await getOwnCalendarFeed(viewer);
  const head = await headers();
  const host = head.get("x-forwarded-host") ?? head.get("host") ?? "localhost";
  const proto = head.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return (
    <>
      <PageTitle subtitle={`Время встреч — по часовому поясу школы (${viewer.timeZone})`}>Мой календарь</PageTitle>
      <Card title="Подписка на календарь">
        <p className="mb-3">
          Запланированные встречи и сроки задач индивидуального плана появятся в календаре телефона или почты (Яндекс, Google,
          Outlook, Apple) по секретной ссылке. В названиях событий нет фамилий детей. Не передавайте ссылку другим; если она
          попала к чужим людям — отзовите её.
        </p>
        <p className="mb-3 text-sm text-slate-700">
          {feed
            ? `Действующая ссылка создана ${formatInstant(feed.createdAt, viewer.timeZone, "dateTime")}.`
            : "Ссылки пока нет."}
        </p>
        <CalendarFeedControls origin={`${proto}://${host}`} active={Boolean(feed)} />
      </Card>
    </>
  );
}
