import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/viewer";
import { formatInstant } from "@/lib/format/date";
import { orderTitles } from "@/lib/orders/labels";
import { listOrders } from "@/lib/orders/list-orders";
import { can } from "@/lib/permissions";

/** On the director's dashboard: orders the curator sent, waiting for the director's decision. */
export async function PendingOrders({ viewer }: { viewer: Viewer }) {
  if (!can(viewer, "order:approve")) return null;
  const orders = await listOrders(viewer, { status: "PENDING" });
  if (orders.length === 0) return null;
  return (
    <Card title={`Приказы на утверждение: ${orders.length}`} className="mb-4">
      <ul className="space-y-1">
        {orders.map((order) => (
          <li key={order.id}>
            <Link href={`/director/orders/${order.id}`} className="text-blue-800 underline">
              {orderTitles[order.kind]}
            </Link>{" "}
            — пар и групп: {order._count.mentorships}, отправлен {formatInstant(order.submittedAt, viewer.timeZone)}
          </li>
        ))}
      </ul>
    </Card>
  );
}
