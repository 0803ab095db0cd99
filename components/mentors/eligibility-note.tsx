import type { Eligibility } from "@/lib/matching/eligibility";

/** «Готов к подбору», or every reason why not. */
export function EligibilityNote({ eligibility }: { eligibility: Eligibility }) {
  if (eligibility.eligible) return <span className="font-medium text-green-800">Готов к подбору</span>;
  return (
    <ul className="list-disc pl-4 text-slate-800">
      {eligibility.reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
}
