import { Card } from "@/components/ui/card";
import { smallGroupNote, type Guarded } from "@/lib/questionnaires/results/small-group";

const numberFormat = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });

/** The director's satisfaction figure, hidden like every aggregate when fewer than MIN_GROUP_SIZE people answered. */
export function SatisfactionCard({ satisfaction }: { satisfaction: { average: Guarded<number>; answers: number } }) {
  const { average } = satisfaction;
  return (
    <Card title="Удовлетворённость участников">
      {average.respondents === 0 ? (
        <p>Ответов на анкеты удовлетворённости пока нет.</p>
      ) : !average.shown ? (
        <p data-testid="satisfaction-hidden">{smallGroupNote}</p>
      ) : (
        <>
          <p className="text-4xl font-semibold" data-testid="satisfaction-average">
            {numberFormat.format(average.value)} <span className="text-lg font-normal">из 10</span>
          </p>
          <p className="mt-1 text-slate-700">
            Средняя оценка по {satisfaction.answers} ответам на шкальные вопросы, ответили {average.respondents} чел.
          </p>
        </>
      )}
    </Card>
  );
}
