import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import { countUnreadNotifications } from "@/lib/notifications/own-notifications";

function unreadLabel(count: number): string {
  if (count === 0) return "Уведомления: новых нет";
  const one = count % 10 === 1 && count % 100 !== 11;
  return `Уведомления: ${count} ${one ? "новое" : "новых"}`;
}

/** The bell in the header: a link to the list, with the number of unread notices. */
export async function NotificationBell({ viewer }: { viewer: Viewer }) {
  const unread = await countUnreadNotifications(viewer);
  return (
    <Link
      href="/notifications"
      aria-label={unreadLabel(unread)}
      title={unreadLabel(unread)}
      className="relative inline-flex h-10 w-10 items-center justify-center rounded-md text-blue-800 hover:bg-blue-50"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {unread > 0 && (
        <span
          data-testid="unread-count"
          className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-semibold text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
