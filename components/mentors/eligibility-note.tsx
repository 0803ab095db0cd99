import type { MentorReadiness } from "@/lib/mentors/mentor-readiness";

/** «Готов к подбору» in green, «Мест нет (3 из 3)» in a neutral colour, or every reason why not. */
export function EligibilityNote({ readiness }: { readiness: MentorReadiness }) {
  if (readiness.kind === "ready") return <span className="font-medium text-green-800">{readiness.text}</span>;
  if (readiness.kind === "full") return <span className="font-medium text-slate-700">{readiness.text}</span>;
  return (
    <ul className="list-disc pl-4 text-slate-800">
      {readiness.reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
}
