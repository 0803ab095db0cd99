import type { Prisma } from "@/lib/generated/prisma/client";
import { calendarDateValue } from "@/lib/format/date";
import { mean } from "@/lib/monitoring/mean";
import { pairBeforeAfter, type MonitoringResponse } from "@/lib/monitoring/pair-before-after";
import { MAX_CASE_TOPICS, type CaseFacts } from "./case-facts";

/**
 * Takes a case's facts from a pair of the school: its goal, the goals of its plans with their tasks, its meetings (count,
 * hours, latest topics), its mentees' achievements and their monitoring before and after. Null for a pair of another
 * school, a forming or ended-early pair, or none. Names are never copied, nor goals of confidential requests.
 */
export async function loadCaseFacts(
  tx: Prisma.TransactionClient,
  schoolId: string,
  mentorshipId: string,
): Promise<{ programmeId: string; facts: CaseFacts } | null> {
  const pair = await tx.mentorship.findFirst({
    // A working or completed pair only: a forming pair may yet be deleted, and a case without its pair has no one to
    // redact the names of.
    where: { id: mentorshipId, schoolId, status: { in: ["ACTIVE", "COMPLETED"] } },
    select: {
      programmeId: true,
      form: true,
      format: true,
      goal: true,
      startedOn: true,
      endedOn: true,
      mentees: { select: { mentee: { select: { personId: true } } } },
      plans: {
        orderBy: { createdAt: "asc" },
        select: {
          goals: {
            // A goal answering a confidential request (ОВЗ, the psychologist's notes) never reaches a case.
            where: { OR: [{ requestId: null }, { request: { confidential: false } }] },
            orderBy: { position: "asc" },
            select: { title: true, tasks: { where: { status: { not: "CANCELLED" } }, select: { status: true } } },
          },
        },
      },
      achievements: {
        orderBy: { achievedOn: "asc" },
        select: { kind: true, title: true, level: true, result: true, achievedOn: true },
      },
    },
  });
  if (!pair) return null;
  const [meetings, topics, monitoring] = await Promise.all([
    tx.meeting.aggregate({ where: { schoolId, mentorshipId }, _count: true, _sum: { durationMinutes: true } }),
    tx.meeting.findMany({
      where: { schoolId, mentorshipId },
      orderBy: { heldOn: "desc" },
      take: MAX_CASE_TOPICS,
      select: { topic: true },
    }),
    loadMonitoring(
      tx,
      schoolId,
      pair.mentees.map((m) => m.mentee.personId),
    ),
  ]);
  const facts: CaseFacts = {
    form: pair.form,
    format: pair.format,
    group: pair.mentees.length > 1,
    startedOn: pair.startedOn ? calendarDateValue(pair.startedOn) : null,
    endedOn: pair.endedOn ? calendarDateValue(pair.endedOn) : null,
    goal: pair.goal,
    planGoals: pair.plans.flatMap((plan) =>
      plan.goals.map((goal) => ({
        title: goal.title,
        tasks: goal.tasks.length,
        tasksDone: goal.tasks.filter((task) => task.status === "DONE").length,
      })),
    ),
    meetings: {
      count: meetings._count,
      minutes: meetings._sum.durationMinutes ?? 0,
      topics: topics.map((m) => m.topic).reverse(),
    },
    achievements: pair.achievements.map((a) => ({ ...a, achievedOn: calendarDateValue(a.achievedOn) })),
    monitoring,
  };
  return { programmeId: pair.programmeId, facts };
}

/** The mentees' BEFORE/AFTER monitoring, averaged over the pair's mentees per parameter. */
async function loadMonitoring(tx: Prisma.TransactionClient, schoolId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  const responses = await tx.questionnaireResponse.findMany({
    where: {
      schoolId,
      status: "SUBMITTED",
      submittedAt: { not: null },
      subjectId: { in: personIds },
      template: { schoolId, purpose: "MONITORING" },
      campaign: { schoolId, monitoringPhase: { not: null } },
    },
    select: {
      respondentId: true,
      subjectId: true,
      submittedAt: true,
      campaign: { select: { monitoringPhase: true } },
      answers: {
        where: { schoolId, numberValue: { not: null }, question: { parameter: { not: null } } },
        select: { numberValue: true, question: { select: { parameter: true } } },
      },
    },
  });
  const rows: MonitoringResponse[] = responses.map((r) => ({
    respondentId: r.respondentId,
    subjectId: r.subjectId,
    subjectName: r.subjectId,
    form: null,
    phase: r.campaign!.monitoringPhase!,
    submittedAt: r.submittedAt!,
    answers: r.answers.map((a) => ({ parameter: a.question.parameter!, value: a.numberValue! })),
  }));
  const byParameter = new Map<CaseFacts["monitoring"][number]["parameter"], { before: number[]; after: number[] }>();
  for (const change of pairBeforeAfter(rows)) {
    const entry = byParameter.get(change.parameter) ?? { before: [], after: [] };
    entry.before.push(change.before);
    entry.after.push(change.after);
    byParameter.set(change.parameter, entry);
  }
  return [...byParameter].map(([parameter, values]) => ({
    parameter,
    before: mean(values.before, 1),
    after: mean(values.after, 1),
  }));
}
