import { formatNumber, hiddenLabel } from "@/components/monitoring/format";
import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { formLabels } from "@/lib/mentorships/labels";
import type { Guarded } from "@/lib/questionnaires/results/small-group";

/** Satisfaction (1–10) by form of the pair; a small group is hidden with its reason. */
export function SatisfactionByForm({ rows }: { rows: { form: MentoringForm; mean: Guarded<number> }[] }) {
  if (rows.length === 0) return null;
  return (
    <dl className="mt-3 space-y-1 text-sm" aria-label="Удовлетворённость по формам наставничества">
      {rows.map(({ form, mean }) => (
        <div key={form} className="flex flex-wrap justify-between gap-x-4">
          <dt>Удовлетворённость: {formLabels[form]}</dt>
          <dd className={mean.shown ? "font-medium" : "text-slate-600"}>
            {mean.shown
              ? `${formatNumber(mean.value)} из 10`
              : mean.respondents === 0
                ? "нет ответов"
                : hiddenLabel(mean.respondents)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
