import { Card } from "@/components/ui/card";
import type { QuestionResult } from "@/lib/questionnaires/results/aggregate-answers";
import { headline } from "@/lib/questionnaires/results/describe-result";
import { hiddenNote } from "@/lib/questionnaires/results/small-group";
import { DistributionChart } from "./distribution-chart";

const individualOnly = {
  TEXT: "Текстовые ответы — индивидуальные, здесь только их число.",
  DATE: "Даты — индивидуальные ответы, здесь только их число.",
};

/** One question's aggregate, or the small-group note when it is hidden. */
export function QuestionResultBlock({ item }: { item: QuestionResult }) {
  const { question, result } = item;
  return (
    <Card title={`${question.position}. ${question.text}`}>
      {!result.shown ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="hidden-reason">
          {hiddenNote(result)}
        </p>
      ) : (
        <div className="space-y-2">
          <p className="text-sm text-slate-700">Ответили: {result.respondents}</p>
          {headline(result.value) && <p className="font-medium">{headline(result.value)}</p>}
          {(result.value.kind === "SCALE" || result.value.kind === "CHOICE") && (
            <DistributionChart bars={result.value.bars} caption={`Распределение ответов на вопрос «${question.text}»`} />
          )}
          {question.type === "MULTIPLE_CHOICE" && (
            <p className="text-sm text-slate-700">Можно было выбрать несколько вариантов.</p>
          )}
          {(question.type === "TEXT" || question.type === "DATE") && (
            <p className="text-sm text-slate-700">{individualOnly[question.type]}</p>
          )}
        </div>
      )}
    </Card>
  );
}
