import { formatShortDate } from "@/lib/format/date";

/** «Закреплена приказом № 45-о от 12.12.2026», for participants' dashboards; nothing for a pair fixed before orders. */
export function FixedByOrder({ order }: { order: { number: string | null; signedOn: Date | null } | null }) {
  if (!order?.number || !order.signedOn) return null;
  return (
    <p className="mt-1 text-sm text-slate-700">
      Закреплена приказом № {order.number} от {formatShortDate(order.signedOn)}
    </p>
  );
}
