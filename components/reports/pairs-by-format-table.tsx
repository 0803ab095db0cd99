import type { MentoringForm, WorkFormat } from "@/lib/generated/prisma/enums";
import { formatLabels, formLabels } from "@/lib/mentorships/labels";

/** Working pairs and groups by form and format. */
export function PairsByFormatTable({
  rows,
}: {
  rows: { form: MentoringForm; format: WorkFormat; pairs: number; groups: number }[];
}) {
  if (rows.length === 0) return <p>Работающих пар и групп нет.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Работающие пары и группы по формам наставничества и форматам работы</caption>
      <thead>
        <tr className="border-b border-slate-200 text-slate-700">
          <th scope="col" className="py-1 font-medium">
            Форма
          </th>
          <th scope="col" className="py-1 font-medium">
            Формат
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Пар
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Групп
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.form}/${r.format}`} className="border-b border-slate-100">
            <td className="py-1">{formLabels[r.form]}</td>
            <td className="py-1">{formatLabels[r.format]}</td>
            <td className="py-1 text-right">{r.pairs}</td>
            <td className="py-1 text-right">{r.groups}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
