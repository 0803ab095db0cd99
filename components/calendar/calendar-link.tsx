import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import { mayOpen } from "@/lib/routes/route-access";

/** A link to one's calendar subscription, for those who may keep one. */
export function CalendarLink({ viewer }: { viewer: Viewer }) {
  if (!mayOpen(viewer, "/calendar")) return null;
  return (
    <p className="mb-4">
      <Link href="/calendar" className="text-blue-800 underline">
        Встречи в моём календаре (подписка)
      </Link>
    </p>
  );
}
