import { healthStatusLabels, type HealthReason, type HealthStatus } from "@/lib/pair-health/health-rules";

const styles: Record<HealthStatus, string> = {
  OK: "border-green-700 bg-green-50 text-green-900",
  ATTENTION: "border-amber-600 bg-amber-50 text-amber-900",
  RISK: "border-red-700 bg-red-50 text-red-900",
};

/** The pair's health as words (never colour alone). */
export function HealthBadge({ status }: { status: HealthStatus }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-sm font-medium ${styles[status]}`}>
      {healthStatusLabels[status]}
    </span>
  );
}

export function HealthReasons({ reasons }: { reasons: HealthReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="list-disc pl-5 text-sm text-slate-800">
      {reasons.map((r) => (
        <li key={r.code}>{r.text}</li>
      ))}
    </ul>
  );
}
