const number = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });

export interface ShareRow {
  label: string;
  share: { part: number; total: number; percent: number };
  testId?: string;
}

/** KPIs given as a share: «33,3 % — 1 из 3». */
export function ShareList({ rows }: { rows: ShareRow[] }) {
  return (
    <dl className="space-y-2">
      {rows.map(({ label, share, testId }) => (
        <div key={label} className="flex flex-wrap justify-between gap-x-4 border-b border-slate-100 pb-1">
          <dt>{label}</dt>
          <dd data-testid={testId}>
            <span className="font-semibold">{number.format(share.percent)} %</span>{" "}
            <span className="text-slate-700">
              ({share.part} из {share.total})
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
