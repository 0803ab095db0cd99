import type { Metadata } from "next";
import Link from "next/link";
import { ApproveOrderForm } from "@/components/orders/approve-order-form";
import { OrderPreview } from "@/components/orders/order-preview";
import { OrderScanForm } from "@/components/orders/order-scan-form";
import { ReturnOrderForm } from "@/components/orders/return-order-form";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { calendarDateValue, formatInstant, todayCalendarDate } from "@/lib/format/date";
import { orderStatusLabels } from "@/lib/orders/labels";
import { loadOrder } from "@/lib/orders/load-order";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Приказ о закреплении пар" };

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePage("/director/orders/[id]");
  const { id } = await params;
  const { order, document } = await loadOrRefuse(loadOrder(viewer, id));
  const decided = order.decidedAt && formatInstant(order.decidedAt, viewer.timeZone, "dateTime");
  return (
    <>
      <PageTitle subtitle={`Статус: ${orderStatusLabels[order.status]}`}>{document.title}</PageTitle>
      <p className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href="/director/orders" className="text-blue-800 underline">
          Все приказы
        </Link>
        {order.mentorships.length > 0 && (
          <>
            <a href={`/director/orders/${order.id}/document/docx`} className="text-blue-800 underline">
              Скачать DOCX
            </a>
            <a href={`/director/orders/${order.id}/document/pdf`} className="text-blue-800 underline">
              Скачать PDF
            </a>
          </>
        )}
        {order.scanFileName && (
          <a href={`/director/orders/${order.id}/scan`} className="text-blue-800 underline">
            Скан подписанного приказа
          </a>
        )}
      </p>
      {order.status === "RETURNED" && (
        <Card title="Возвращён куратору" className="mb-4">
          <p>{order.returnComment}</p>
          <p className="mt-1 text-sm text-slate-700">
            {decided}. Пары вернулись в черновик куратора: после исправления он отправит новый приказ.
          </p>
        </Card>
      )}
      {order.status === "PENDING" && can(viewer, "order:approve") && (
        <div className="mb-4 grid gap-4 lg:grid-cols-2">
          <Card title="Утвердить">
            <p className="mb-3 text-sm text-slate-700">
              Подпишите приказ на бумаге и укажите его номер и дату: с этого дня пары и группы начнут работу.
            </p>
            <ApproveOrderForm orderId={order.id} today={calendarDateValue(todayCalendarDate(viewer.timeZone))} />
          </Card>
          <Card title="Вернуть на доработку">
            <ReturnOrderForm orderId={order.id} />
          </Card>
        </div>
      )}
      {order.status === "PENDING" && !can(viewer, "order:approve") && <p className="mb-4">Приказ на утверждении у директора.</p>}
      {order.status === "APPROVED" && can(viewer, "order:attach-scan") && (
        <Card title="Подписанный приказ" className="mb-4">
          {decided && <p className="mb-3 text-sm text-slate-700">Утверждён {decided}.</p>}
          <OrderScanForm orderId={order.id} replacing={Boolean(order.scanFileName)} />
        </Card>
      )}
      {order.mentorships.length > 0 && <OrderPreview doc={document} />}
    </>
  );
}
