import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanEditor } from "@/components/plans/plan-editor";
import { ProposalDecision } from "@/components/plans/proposal-decision";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { formatDate, calendarDateValue } from "@/lib/format/date";
import { getPairPlans } from "@/lib/plans/get-pair-plans";
import { proposalStatusLabels } from "@/lib/plans/labels";
import type { PlanInput } from "@/lib/plans/plan-schema";
import { listPlanRequests } from "@/lib/plans/list-plan-requests";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Индивидуальный план" };

export default async function PlanEditPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const viewer = await requirePage("/mentor/pairs/[id]/plan");
  const { id } = await params;
  const pair = await loadOrRefuse(getPairPlans(viewer, id));
  if (!pair.isMentor) notFound();
  const menteeParam = firstParam(await searchParams, "mentee") ?? "";
  const menteeId = pair.mentees.some((m) => m.id === menteeParam) ? menteeParam : "";
  const plan = pair.plans.find((p) => (p.menteeId ?? "") === menteeId);
  const requests = await listPlanRequests(viewer, pair.id, menteeId);
  const goals = (plan?.goals ?? []).map((g) => ({
    id: g.id,
    title: g.title,
    requestId: g.requestId ?? "",
    parameter: (g.parameter ?? "") as PlanInput["goals"][number]["parameter"],
    targetValue: g.targetValue ?? undefined,
    tasks: g.tasks.map((t) => ({ id: t.id, title: t.title, dueOn: t.dueOn ? calendarDateValue(t.dueOn) : "", status: t.status })),
  }));
  const proposals = plan?.proposals ?? [];
  return (
    <>
      <Link href={`/mentor/pairs/${pair.id}`} className="text-sm text-blue-800 underline">
        ← К паре
      </Link>
      <PageTitle subtitle="Цели связаны с запросами наставляемого, задачи — со сроками; каждое сохранение — новая версия">
        Индивидуальный план
      </PageTitle>
      {pair.mentees.length > 1 && (
        <nav aria-label="Чей план" className="mb-4 flex flex-wrap gap-3 text-sm">
          <Link href="?" aria-current={menteeId === "" ? "page" : undefined} className="text-blue-800 underline">
            План группы
          </Link>
          {pair.mentees.map((m) => (
            <Link
              key={m.id}
              href={`?mentee=${m.id}`}
              aria-current={menteeId === m.id ? "page" : undefined}
              className="text-blue-800 underline"
            >
              {m.name}
            </Link>
          ))}
        </nav>
      )}
      {proposals.length > 0 && (
        <Card title="Предложения наставляемых и родителей" className="mb-4">
          <ul className="divide-y divide-slate-100">
            {proposals.map((p) => (
              <li key={p.id} className="py-2">
                <p className="font-medium">
                  «{p.title}»{p.dueOn && ` до ${formatDate(p.dueOn)}`} — {proposalStatusLabels[p.status]}
                </p>
                <p className="text-sm text-slate-700">Предлагает: {p.proposedBy}</p>
                {p.comment && <p className="text-sm text-slate-700">{p.comment}</p>}
                {p.status === "PENDING" && <ProposalDecision id={p.id} title={p.title} />}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title={plan ? "Цели и задачи" : "Новый план"}>
        <PlanEditor
          key={menteeId ?? "group"}
          mentorshipId={pair.id}
          menteeId={menteeId}
          version={plan?.version ?? 0}
          goals={goals}
          requests={requests}
        />
      </Card>
    </>
  );
}
