import { Card } from "@/components/ui/card";
import { formatInstant } from "@/lib/format/date";
import type { RosterKind } from "@/lib/generated/prisma/enums";
import { rosterKindLabels } from "@/lib/roster/roster-fields";

interface ImportRow {
  id: string;
  kind: RosterKind;
  fileName: string;
  created: number;
  updated: number;
  markedLeft: number;
  createdAt: Date;
  user: { displayName: string } | null;
}

/** The latest roster files imported, with what each did. */
export function RosterImports({ imports, timeZone }: { imports: ImportRow[]; timeZone: string }) {
  if (imports.length === 0) return null;
  return (
    <Card title="Последние импорты" className="mt-4">
      <ul className="divide-y divide-slate-100 text-sm">
        {imports.map((i) => (
          <li key={i.id} className="py-2">
            <span className="font-medium">{formatInstant(i.createdAt, timeZone, "dateTime")}</span> · {rosterKindLabels[i.kind]} ·{" "}
            {i.fileName}
            {i.user ? ` · ${i.user.displayName}` : ""}
            <br />
            Новых: {i.created}, обновлено: {i.updated}
            {i.kind === "PUPILS" ? `, отмечено выбывшими: ${i.markedLeft}` : ""}
          </li>
        ))}
      </ul>
    </Card>
  );
}
