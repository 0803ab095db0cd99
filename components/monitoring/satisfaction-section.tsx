import { Card } from "@/components/ui/card";
import { formLabels } from "@/lib/mentorships/labels";
import type { SatisfactionSummary } from "@/lib/monitoring/summarise-satisfaction";
import { smallGroupNote } from "@/lib/questionnaires/results/small-group";
import { BarChart } from "./bar-chart";
import { roleLabels } from "./format";

/** Stage 1: satisfaction (1–10) by role, by form of the pair and by item. */
export function SatisfactionSection({ satisfaction }: { satisfaction: SatisfactionSummary }) {
  if (satisfaction.overall.respondents === 0) {
    return (
      <Card title="Удовлетворённость участников">
        <p>Анкет удовлетворённости в кампаниях этой программы пока не заполнено.</p>
      </Card>
    );
  }
  const roles = satisfaction.byRole.filter((r) => r.mean.respondents > 0);
  return (
    <Card title="Удовлетворённость участников">
      <p className="mb-3 text-sm text-slate-700">
        Средняя оценка по шкале от 1 до 10: сначала по каждой анкете, затем по группе. {smallGroupNote}
      </p>
      <div className="grid gap-6 md:grid-cols-2">
        <BarChart
          title="По ролям"
          unit="из 10"
          max={10}
          rows={roles.map((r) => ({ label: roleLabels[r.role], value: r.mean }))}
        />
        <BarChart
          title="По формам наставничества"
          unit="из 10"
          max={10}
          rows={satisfaction.byForm.map((f) => ({ label: formLabels[f.form], value: f.mean }))}
        />
      </div>
      {roles.map(({ role }) => (
        <details key={role} className="mt-4">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">
            По вопросам анкеты: {roleLabels[role].toLowerCase()}
          </summary>
          <div className="mt-2">
            <BarChart
              title={`Средние оценки по вопросам — ${roleLabels[role].toLowerCase()}`}
              unit="из 10"
              max={10}
              rows={satisfaction.byItem.filter((i) => i.role === role).map((i) => ({ label: i.text, value: i.mean }))}
            />
          </div>
        </details>
      ))}
    </Card>
  );
}
