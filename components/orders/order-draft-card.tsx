import Link from "next/link";
import { ActionButton } from "@/components/mentees/action-button";
import { Card } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/viewer";
import { formatInstant, formatShortDate } from "@/lib/format/date";
import type { getOrderDraft } from "@/lib/orders/get-order-draft";
import { orderTitles } from "@/lib/orders/labels";
import { submitOrderDraft } from "@/lib/orders/submit-order-draft";

/** The curator's draft of the order: how many forming pairs wait, the order with the director, and their last decision. */
export function OrderDraftCard({ viewer, draft }: { viewer: Viewer; draft: Awaited<ReturnType<typeof getOrderDraft>> }) {
  const { draftIds, pending, lastDecided } = draft;
  return (
    <Card title="Приказ о закреплении пар" className="mb-4">
      {lastDecided?.status === "RETURNED" && !pending && (
        <p role="status" className="mb-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Директор вернул приказ{lastDecided.decidedAt && ` ${formatInstant(lastDecided.decidedAt, viewer.timeZone)}`}: «
          {lastDecided.returnComment}». Пары снова в черновике.
        </p>
      )}
      {lastDecided?.status === "APPROVED" && lastDecided.signedOn && (
        <p className="mb-3 text-sm text-green-800">
          Утверждён{" "}
          <Link href={`/director/orders/${lastDecided.id}`} className="underline">
            приказ № {lastDecided.number} от {formatShortDate(lastDecided.signedOn)}
          </Link>
          : его пары работают.
        </p>
      )}
      {pending && (
        <p className="mb-3">
          <Link href={`/director/orders/${pending.id}`} className="text-blue-800 underline">
            {orderTitles[pending.kind]}
          </Link>{" "}
          ({pending._count.mentorships}) — на утверждении у директора с {formatInstant(pending.submittedAt, viewer.timeZone)}.
        </p>
      )}
      {draftIds.length === 0 ? (
        <p className="text-sm text-slate-700">
          В черновике нет новых пар: сформированные пары попадают сюда, пока их не закрепит приказ.
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <p>
            В черновике: <b data-testid="draft-count">{draftIds.length}</b>{" "}
            {pending ? "— отправите после решения директора по текущему приказу." : "формирующихся пар и групп."}
          </p>
          {!pending && (
            <ActionButton
              action={submitOrderDraft}
              input={{ mentorshipIds: draftIds }}
              label="Отправить на утверждение директору"
              confirm={`Отправить директору приказ о закреплении ${draftIds.length} пар и групп?`}
              variant="primary"
            />
          )}
        </div>
      )}
    </Card>
  );
}
