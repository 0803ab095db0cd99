import { swotFields, type SwotInput } from "@/lib/monitoring/swot-schema";

/** The programme's SWOT analysis, read-only (for the director). */
export function SwotView({ swot }: { swot: SwotInput | null }) {
  if (!swot || swotFields.every(({ name }) => !swot[name])) {
    return <p>Куратор ещё не заполнил SWOT-анализ программы.</p>;
  }
  return (
    <dl className="grid gap-3 md:grid-cols-2">
      {swotFields.map(({ name, label }) => (
        <div key={name} className="rounded-md border border-slate-200 p-3">
          <dt className="font-medium">{label}</dt>
          <dd className="mt-1 whitespace-pre-line text-slate-800">{swot[name] || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
