import { Card } from "@/components/ui/card";
import type { listPreferenceAnswers } from "@/lib/preferences/list-preference-answers";

type Answers = Awaited<ReturnType<typeof listPreferenceAnswers>>;

function AnswerList({ title, rows }: { title: string; rows: Answers["mentees"] }) {
  const answered = rows.filter((r) => r.choices.length > 0).length;
  return (
    <Card title={`${title}: ответили ${answered} из ${rows.length}`}>
      <ul className="divide-y divide-slate-100 text-sm">
        {rows.map((row) => (
          <li key={row.id} className="py-1.5">
            <span className="font-medium">{row.name}</span>
            {row.choices.length === 0 ? (
              <span className="text-slate-700"> — ещё не ответил(а)</span>
            ) : (
              <>
                {row.byParent && <span className="text-slate-700"> (ответил родитель)</span>}
                <ol className="ml-5 list-decimal text-slate-800">
                  {row.choices.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ol>
              </>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** Who of a group meeting has said whom they prefer, and their choices in order (stage 5.2), for the curator. */
export function PreferenceAnswers({ answers }: { answers: Answers }) {
  return (
    <section aria-label="Анкета предпочтений" className="mt-4 grid gap-4 md:grid-cols-2">
      <AnswerList title="Наставляемые" rows={answers.mentees} />
      <AnswerList title="Наставники" rows={answers.mentors} />
    </section>
  );
}
