import { readCalendarFeed } from "@/lib/calendar/read-calendar-feed";
import { db } from "@/lib/db/client";

/**
 * GET /calendar/feed/<token> — the subscriber's iCalendar feed for calendar apps (no sign-in: the secret token in the
 * link is the permission, lib/routes/route-access.ts). An unknown or revoked link is 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const text = await readCalendarFeed(db, token.replace(/\.ics$/, ""));
  if (text === null) {
    return new Response("Ссылка на календарь недействительна.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  });
}
