/** Who a campaign left out and why: no consent, no account, a role the questionnaire is not for. */
export function ExcludedList({ excluded }: { excluded: { name: string; reason: string }[] }) {
  if (excluded.length === 0) return null;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3">
      <p className="font-medium text-amber-900">Не включены: {excluded.length} чел.</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
        {excluded.map((e, index) => (
          <li key={`${e.name}-${index}`}>
            {e.name} — {e.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
