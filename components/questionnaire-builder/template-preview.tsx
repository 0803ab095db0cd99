import type { QuestionType } from "@/lib/generated/prisma/enums";

export interface PreviewQuestion {
  section: string | null;
  text: string;
  type: QuestionType;
  required: boolean;
  options: string[];
  scaleMin: number | null;
  scaleMax: number | null;
  minLabel: string | null;
  maxLabel: string | null;
}

/** How respondents will see the questionnaire; drawn without form controls, so it cannot be mistaken for a form. */
export function TemplatePreview({
  title,
  intro,
  questions,
}: {
  title: string;
  intro?: string | null;
  questions: PreviewQuestion[];
}) {
  return (
    <div className="space-y-4">
      <div>
        <p className="text-lg font-semibold">{title || "Без названия"}</p>
        {intro && <p className="mt-1 text-slate-700">{intro}</p>}
      </div>
      <ol className="space-y-4">
        {questions.map((q, i) => {
          const opensSection = q.section && q.section !== questions[i - 1]?.section;
          return (
            <li key={i}>
              {opensSection && <p className="mb-2 border-b border-slate-200 pb-1 font-semibold text-slate-900">{q.section}</p>}
              <p className="font-medium">
                {i + 1}. {q.text || "Текст вопроса"}
                {q.required ? (
                  <span className="text-red-700"> *</span>
                ) : (
                  <span className="text-sm text-slate-600"> (необязательный)</span>
                )}
              </p>
              <QuestionBody question={q} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function QuestionBody({ question: q }: { question: PreviewQuestion }) {
  switch (q.type) {
    case "SCALE": {
      const min = q.scaleMin ?? 1;
      const max = q.scaleMax ?? 10;
      const steps = max > min && max - min <= 10 ? Array.from({ length: max - min + 1 }, (_, i) => min + i) : [];
      return (
        <div className="mt-1">
          <div className="flex flex-wrap gap-1" aria-hidden="true">
            {steps.map((n) => (
              <span key={n} className="inline-flex h-9 w-9 items-center justify-center rounded border border-slate-400 text-sm">
                {n}
              </span>
            ))}
          </div>
          <p className="mt-1 flex justify-between gap-2 text-sm text-slate-700">
            <span>
              {min} — {q.minLabel || "подпись начала"}
            </span>
            <span>
              {max} — {q.maxLabel || "подпись конца"}
            </span>
          </p>
        </div>
      );
    }
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return (
        <>
          <p className="text-sm text-slate-600">{q.type === "SINGLE_CHOICE" ? "Один вариант" : "Можно выбрать несколько"}</p>
          <ul className="mt-1 space-y-1">
            {q.options.map((o) => (
              <li key={o} className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className={`inline-block h-4 w-4 border border-slate-500 ${q.type === "SINGLE_CHOICE" ? "rounded-full" : "rounded-sm"}`}
                />
                {o}
              </li>
            ))}
          </ul>
        </>
      );
    case "TEXT":
      return <p className="mt-1 h-16 rounded border border-slate-400 bg-slate-50 p-2 text-sm text-slate-600">Поле для ответа</p>;
    case "NUMBER":
      return (
        <p className="mt-1 text-sm text-slate-700">
          Число{q.scaleMin !== null ? ` от ${q.scaleMin}` : ""}
          {q.scaleMax !== null ? ` до ${q.scaleMax}` : ""}
        </p>
      );
    case "DATE":
      return <p className="mt-1 text-sm text-slate-700">Дата: ДД.ММ.ГГГГ</p>;
  }
}
