import type { Metadata } from "next";
import Link from "next/link";
import { CompletePairForm } from "@/components/completion/complete-pair-form";
import { SecondMonitoringForm } from "@/components/completion/second-monitoring-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { listMonitoringTemplates } from "@/lib/completion/list-monitoring-templates";
import { loadCompletionBoard } from "@/lib/completion/load-completion-board";
import { calendarDateValue, formatShortDate, todayCalendarDate } from "@/lib/format/date";

export const metadata: Metadata = { title: "Завершение пар" };

export default async function CompletionPage() {
  const viewer = await requirePage("/curator/completion");
  const [{ programme, pairs }, templates] = await Promise.all([loadCompletionBoard(viewer), listMonitoringTemplates(viewer)]);
  const today = todayCalendarDate(viewer.timeZone);
  const inTwoWeeks = new Date(today.getTime() + 14 * 24 * 60 * 60 * 1000);
  return (
    <>
      <PageTitle subtitle="Итоговая встреча, презентация результатов и рефлексия — затем пара завершается, и запускается второй этап мониторинга">
        Завершение пар и групп
      </PageTitle>
      {!programme && <p>В школе ещё нет программы наставничества.</p>}
      {programme && pairs.length === 0 && <p>Работающих пар пока нет.</p>}
      <ul className="space-y-3">
        {pairs.map((pair) => {
          const name = `${pair.mentorName} — ${pair.menteeNames.join(", ")}`;
          return (
            <li key={pair.id}>
              <Card title={name}>
                <ul className="grid gap-1 text-sm sm:grid-cols-2">
                  {pair.steps.map((step) => (
                    <li key={step.code}>
                      <span aria-hidden="true">{step.done ? "✓" : "○"}</span> {step.label}:{" "}
                      <span className={step.done ? "text-green-800" : step.required ? "text-red-800" : "text-slate-700"}>
                        {step.done ? "есть" : step.required ? "нет" : "не все"}
                      </span>
                    </li>
                  ))}
                </ul>
                <p className="mt-2 text-sm">
                  <Link href={`/pairs/${pair.id}/results`} className="text-blue-800 underline">
                    Презентация и рефлексия
                  </Link>
                </p>
                {pair.status === "COMPLETED" ? (
                  <p className="mt-2 font-medium text-green-800">
                    Завершена{pair.endedOn ? ` ${formatShortDate(pair.endedOn)}` : ""}
                  </p>
                ) : pair.missing.length > 0 ? (
                  <p className="mt-2 text-sm text-slate-700">
                    Завершить можно, когда будет: {pair.missing.join(", ").toLowerCase()}.
                  </p>
                ) : (
                  <CompletePairForm mentorshipId={pair.id} pairName={name} today={calendarDateValue(today)} />
                )}
              </Card>
            </li>
          );
        })}
      </ul>
      {pairs.length > 0 && (
        <Card title="Второй этап мониторинга" className="mt-6">
          <p className="mb-3 text-sm text-slate-700">
            Те же параметры, что и в начале программы: анкета уходит людям отмеченных пар (наставляемым или наставникам — по
            анкете), ответы сравниваются в разделе «Мониторинг».
          </p>
          <SecondMonitoringForm
            templates={templates}
            pairs={pairs.map((p) => ({
              id: p.id,
              label: `${p.mentorName} — ${p.menteeNames.join(", ")}`,
              completed: p.status === "COMPLETED",
            }))}
            dueOn={calendarDateValue(inTwoWeeks)}
          />
        </Card>
      )}
    </>
  );
}
