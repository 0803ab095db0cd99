import type { Metadata } from "next";
import { applicationStatusLabels } from "@/lib/applications/labels";
import { getApplicationStatus } from "@/lib/applications/public-application-pages";
import { formatInstant } from "@/lib/format/date";

export const metadata: Metadata = { title: "Статус заявки", referrer: "no-referrer" };

/** The signed-out applicant's decision, found by the secret of their status link only. */
export default async function ApplicationStatusPage({ searchParams }: { searchParams: Promise<{ t?: string | string[] }> }) {
  const raw = (await searchParams).t;
  const application = await getApplicationStatus(typeof raw === "string" ? raw : "");
  return (
    <main className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-2xl font-semibold">Статус заявки</h1>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {application ? (
          <dl className="space-y-2">
            <div>
              <dt className="text-sm text-slate-700">Школа</dt>
              <dd>{application.school.name}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-700">Подана</dt>
              <dd>{formatInstant(application.createdAt, application.school.timeZone)}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-700">Решение</dt>
              <dd className="font-medium">{applicationStatusLabels[application.status]}</dd>
            </div>
            {application.declineReason && (
              <div>
                <dt className="text-sm text-slate-700">Причина отказа</dt>
                <dd>{application.declineReason}</dd>
              </div>
            )}
            {application.status === "ACCEPTED" && (
              <p className="pt-2">Куратор программы свяжется с вами и выдаст код для входа в «Наставник».</p>
            )}
          </dl>
        ) : (
          <p>Заявка по этой ссылке не найдена. Проверьте, что ссылка скопирована полностью.</p>
        )}
      </div>
    </main>
  );
}
