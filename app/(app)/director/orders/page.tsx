import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageTitle } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requirePage } from "@/lib/auth/guard";
import { formatInstant, formatShortDate } from "@/lib/format/date";
import { orderStatusLabels, orderTitles } from "@/lib/orders/labels";
import { listOrders } from "@/lib/orders/list-orders";
import { schoolYearLabel } from "@/lib/roadmap/schedule";

export const metadata: Metadata = { title: "Приказы о закреплении пар" };

export default async function OrdersPage() {
  const viewer = await requirePage("/director/orders");
  const orders = await listOrders(viewer);
  return (
    <>
      <PageTitle subtitle="Приказы руководителя о закреплении наставнических пар и групп (этап 5.4)">Приказы</PageTitle>
      <Card title={`Всего: ${orders.length}`}>
        {orders.length === 0 ? (
          <p>Приказов пока нет. Куратор отправляет черновик приказа со страницы «Пары и группы».</p>
        ) : (
          <ScrollRegion label="Приказы">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">
                    Приказ
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Программа
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Пар и групп
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Отправлен
                  </th>
                  <th scope="col" className="py-2">
                    Статус
                  </th>
                </tr>
              </thead>
              <tbody>
                {orders.map((order) => (
                  <tr key={order.id} className="border-b border-slate-100 align-top">
                    <td className="py-2 pr-3">
                      <Link href={`/director/orders/${order.id}`} className="text-blue-800 underline">
                        {orderTitles[order.kind]}
                      </Link>
                      {order.number && order.signedOn && (
                        <span className="block text-slate-700">
                          № {order.number} от {formatShortDate(order.signedOn)}
                        </span>
                      )}
                    </td>
                    <td className="py-2 pr-3">{schoolYearLabel(order.programme.startYear)}</td>
                    <td className="py-2 pr-3">{order._count.mentorships || "—"}</td>
                    <td className="py-2 pr-3">{formatInstant(order.submittedAt, viewer.timeZone, "short")}</td>
                    <td className="py-2">
                      {orderStatusLabels[order.status]}
                      {order.returnComment && <span className="block text-slate-700">{order.returnComment}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Card>
    </>
  );
}
