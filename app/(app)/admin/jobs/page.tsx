import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageTitle } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requirePage } from "@/lib/auth/guard";
import { formatInstant } from "@/lib/format/date";
import type { JobRunStatus } from "@/lib/generated/prisma/enums";
import { listJobRuns } from "@/lib/jobs/list-job-runs";

export const metadata: Metadata = { title: "Фоновые задачи" };

const statusLabels: Record<JobRunStatus, string> = { RUNNING: "выполняется", SUCCEEDED: "успешно", FAILED: "ошибка" };
const statusClass: Record<JobRunStatus, string> = {
  RUNNING: "text-slate-800",
  SUCCEEDED: "text-green-800",
  FAILED: "font-semibold text-red-800",
};

export default async function JobsPage() {
  const viewer = await requirePage("/admin/jobs");
  const { jobs, latest, mail } = await listJobRuns();
  const when = (date: Date | null | undefined) => (date ? formatInstant(date, viewer.timeZone, "shortDateTime") : "—");
  const labelOf = new Map(jobs.map(({ job }) => [job.name, job.label]));
  return (
    <>
      <Link href="/admin" className="text-sm text-blue-800 underline">
        ← Учётные записи
      </Link>
      <PageTitle subtitle="Задачи выполняются по расписанию; неудачный запуск повторяется с нарастающей паузой.">
        Фоновые задачи
      </PageTitle>
      <Card title="Задачи">
        <ScrollRegion label="Задачи и их последние запуски">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th className="py-2 pr-3">Задача</th>
                <th className="py-2 pr-3">Последний запуск</th>
                <th className="py-2 pr-3">Итог</th>
                <th className="py-2">Последняя ошибка</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map(({ job, last, lastFailure }) => (
                <tr key={job.name} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3">{job.label}</td>
                  <td className="py-2 pr-3">{when(last?.startedAt)}</td>
                  <td className={`py-2 pr-3 ${last ? statusClass[last.status] : ""}`}>
                    {last ? statusLabels[last.status] : "ещё не запускалась"}
                  </td>
                  <td className="py-2">{lastFailure ? `${when(lastFailure.startedAt)}: ${lastFailure.error ?? ""}` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Card>
      {(mail.retrying > 0 || mail.givenUp > 0) && (
        <Card title="Письма с ошибками" className="mt-4">
          <p role="status">
            Ждут повторной отправки: {mail.retrying}. Не отправлены после всех попыток: {mail.givenUp}. Проверьте настройку
            SMTP_URL и доступность почтового сервера.
          </p>
        </Card>
      )}
      <Card title="Последние запуски" className="mt-4">
        {latest.length === 0 ? (
          <p className="text-slate-700">Запусков пока не было.</p>
        ) : (
          <ScrollRegion label="Последние запуски задач">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th className="py-2 pr-3">Начало</th>
                  <th className="py-2 pr-3">Задача</th>
                  <th className="py-2 pr-3">Состояние</th>
                  <th className="py-2">Итог</th>
                </tr>
              </thead>
              <tbody>
                {latest.map((run) => (
                  <tr key={run.id} className="border-b border-slate-200 align-top">
                    <td className="py-2 pr-3 whitespace-nowrap">{when(run.startedAt)}</td>
                    <td className="py-2 pr-3">{labelOf.get(run.name) ?? run.name}</td>
                    <td className={`py-2 pr-3 ${statusClass[run.status]}`}>{statusLabels[run.status]}</td>
                    <td className="py-2">{run.error ?? run.summary ?? ""}</td>
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
