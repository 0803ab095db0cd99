import type { MatchScore } from "@/lib/matching/score/types";

/** «Почему эта пара»: each criterion's points, which add up to the score, or why the pair does not fit the rules. */
export function WhyThisPair({ score, pairName }: { score: MatchScore; pairName: string }) {
  if (!score.eligible) {
    return (
      <details className="text-sm">
        <summary className="cursor-pointer text-red-800">Пара не проходит правила подбора</summary>
        <ul className="mt-1 list-disc pl-5">
          {score.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </details>
    );
  }
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-blue-800 underline">
        Почему эта пара: {score.total} <span className="sr-only">баллов, {pairName}</span>
      </summary>
      <table className="mt-1 w-full text-left">
        <caption className="sr-only">Баллы по критериям: {pairName}</caption>
        <thead>
          <tr className="border-b border-slate-200">
            <th scope="col" className="py-1 pr-2">
              Критерий
            </th>
            <th scope="col" className="py-1 pr-2">
              Баллы
            </th>
            <th scope="col" className="py-1">
              Что сравнили
            </th>
          </tr>
        </thead>
        <tbody>
          {score.parts.map((part) => (
            <tr key={part.criterion} className="border-b border-slate-100 align-top">
              <td className="py-1 pr-2">{part.label}</td>
              <td className="py-1 pr-2 whitespace-nowrap">
                {part.points} = {part.weight} × {part.level}
              </td>
              <td className="py-1">{part.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
