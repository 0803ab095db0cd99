import type { Metadata } from "next";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { formatInstant } from "@/lib/format/date";
import { listOwnNotifications } from "@/lib/notifications/own-notifications";

export const metadata: Metadata = { title: "Уведомления" };

export default async function NotificationsPage() {
  const viewer = await requirePage("/notifications");
  const notices = await listOwnNotifications(viewer);
  const unread = notices.filter((notice) => !notice.readAt).length;
  return (
    <>
      <PageTitle subtitle={unread > 0 ? `Непрочитанных: ${unread}` : "Все прочитаны"}>Уведомления</PageTitle>
      <Card>
        {unread > 0 && (
          <div className="mb-3">
            <MarkReadButton label="Отметить все прочитанными" />
          </div>
        )}
        {notices.length === 0 ? (
          <p className="text-slate-700">Уведомлений пока нет.</p>
        ) : (
          <ul className="divide-y divide-slate-200" aria-label="Уведомления">
            {notices.map((notice) => (
              <li key={notice.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3">
                <div className="min-w-0 flex-1">
                  {/* A full page load, not a client navigation: the header's count must be rendered anew. */}
                  <a
                    href={`/notifications/${notice.id}/open`}
                    className={`block text-blue-800 underline ${notice.readAt ? "" : "font-semibold"}`}
                  >
                    {notice.readAt ? "" : <span className="sr-only">Новое: </span>}
                    {notice.title}
                  </a>
                  <p className="text-sm text-slate-700">{formatInstant(notice.createdAt, viewer.timeZone, "dateTime")}</p>
                </div>
                {!notice.readAt && <MarkReadButton notificationId={notice.id} label="Прочитано" />}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
