/** A labelled «Класс» picker for GET forms (`class=7А` in the URL: a class name, nothing personal). */
export function ClassSelect({
  classes,
  value,
  emptyLabel,
  labelClass = "text-sm",
  selectClass = "block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm",
}: {
  classes: string[];
  value: string;
  emptyLabel: string;
  labelClass?: string;
  selectClass?: string;
}) {
  return (
    <label className={labelClass}>
      Класс
      <select name="class" defaultValue={value} className={selectClass}>
        <option value="">{emptyLabel}</option>
        {classes.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}
