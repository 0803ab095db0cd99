import { formatInstant } from "@/lib/format/date";
import type { IndividualResponse } from "@/lib/questionnaires/results/get-individual-answers";

/** Submitted responses one by one, each collapsed in a <details>. */
export function IndividualAnswers({
  responses,
  timeZone,
  showTemplate = false,
}: {
  responses: IndividualResponse[];
  timeZone: string;
  showTemplate?: boolean;
}) {
  if (responses.length === 0) return <p>Ответов пока нет.</p>;
  return (
    <ul className="space-y-2">
      {responses.map((r) => (
        <li key={r.id}>
          <details className="rounded-md border border-slate-200 p-3">
            <summary className="cursor-pointer font-medium">
              {showTemplate && `${r.template.title} · `}
              {r.subject}
              {r.respondent && ` — отвечал(а) ${r.respondent}`}
              {r.submittedAt && `, ${formatInstant(r.submittedAt, timeZone)}`}
            </summary>
            {r.enteredOnPaper && <p className="mt-2 text-sm text-slate-700">Внесено куратором с бумажного бланка.</p>}
            {r.answers.length === 0 ? (
              <p className="mt-2 text-sm">Ответов на вопросы нет.</p>
            ) : (
              <dl className="mt-2 space-y-2">
                {r.answers.map((a) => (
                  <div key={a.position}>
                    <dt className="text-sm text-slate-700">
                      {a.position}. {a.question}
                    </dt>
                    <dd className="whitespace-pre-wrap break-words">{a.value}</dd>
                  </div>
                ))}
              </dl>
            )}
          </details>
        </li>
      ))}
    </ul>
  );
}
