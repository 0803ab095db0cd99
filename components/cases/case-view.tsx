import type { CaseView } from "@/lib/cases/present-case";

/** A case as readers see it (the public page, and the curator's preview): only what the reveal rules let through. */
export function CaseArticle({ view, headingLevel = 3 }: { view: CaseView; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <article className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <Heading className="text-lg font-semibold">{view.title}</Heading>
      <p className="text-sm text-slate-700">
        {view.group ? "Группа" : "Пара"} · {view.form} · {view.format.toLowerCase()} форма работы
      </p>
      <dl className="text-sm sm:grid sm:grid-cols-[10rem_1fr] sm:gap-x-2">
        <dt className="font-medium">Наставник</dt>
        <dd>{view.mentor ?? "—"}</dd>
        <dt className="font-medium">{view.mentees.length > 1 ? "Наставляемые" : "Наставляемый"}</dt>
        <dd>{view.mentees.join("; ") || "—"}</dd>
      </dl>
      <div className="whitespace-pre-line">{view.body}</div>
      {view.goal && (
        <section>
          <Sub className="font-medium">Цель</Sub>
          <p>{view.goal}</p>
        </section>
      )}
      {view.planGoals && view.planGoals.length > 0 && (
        <section>
          <Sub className="font-medium">Индивидуальный план</Sub>
          <ul className="list-disc pl-5">
            {view.planGoals.map((goal, i) => (
              <li key={i}>
                {goal.title}
                {goal.tasks > 0 && ` — выполнено задач: ${goal.tasksDone} из ${goal.tasks}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.meetings && (
        <section>
          <Sub className="font-medium">Встречи</Sub>
          <p>
            Проведено встреч: {view.meetings.count}, {view.meetings.hours.toString().replace(".", ",")} ч
          </p>
          {view.meetings.topics.length > 0 && (
            <ul className="list-disc pl-5">
              {view.meetings.topics.map((topic, i) => (
                <li key={i}>{topic}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      {view.achievements && view.achievements.length > 0 && (
        <section>
          <Sub className="font-medium">Достижения</Sub>
          <ul className="list-disc pl-5">
            {view.achievements.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      {view.monitoring && view.monitoring.length > 0 && (
        <section>
          <Sub className="font-medium">Было и стало</Sub>
          <table className="text-sm">
            <caption className="sr-only">Мониторинг до и после</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-4 text-left">
                  Показатель
                </th>
                <th scope="col" className="pr-4 text-right">
                  До
                </th>
                <th scope="col" className="text-right">
                  После
                </th>
              </tr>
            </thead>
            <tbody>
              {view.monitoring.map((row) => (
                <tr key={row.label}>
                  <th scope="row" className="pr-4 text-left font-normal">
                    {row.label}
                  </th>
                  <td className="pr-4 text-right">{row.before}</td>
                  <td className="text-right">{row.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </article>
  );
}
