import { Button } from "./button";

/** A GET form choosing a class («5А») for the page's `?class=`. */
export function ClassPicker({ classes, selected }: { classes: string[]; selected: string }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor="class" className="block text-sm font-medium text-slate-800">
          Класс
        </label>
        <select id="class" name="class" defaultValue={selected} className="rounded-md border border-slate-400 bg-white px-3 py-2">
          {classes.map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Показать
      </Button>
    </form>
  );
}
