import { EvidenceUpload, RemoveEvidenceButton } from "@/components/roadmap/evidence-controls";
import { Card } from "@/components/ui/card";
import { formatInstant } from "@/lib/format/date";
import type { RoadmapItemView } from "@/lib/roadmap/get-roadmap-item";

const sizeFormat = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });

function humanSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${sizeFormat.format(bytes / 1024)} КБ` : `${sizeFormat.format(bytes / 1024 / 1024)} МБ`;
}

/** Evidence files: shown only to editors and the item's responsible people (the query returns none to others). */
export function EvidenceSection({
  itemId,
  files,
  timeZone,
}: {
  itemId: string;
  files: NonNullable<RoadmapItemView["evidence"]>;
  timeZone: string;
}) {
  return (
    <Card title="Подтверждающие документы">
      {files.length === 0 && <p className="text-sm text-slate-700">Файлов пока нет.</p>}
      <ul className="divide-y divide-slate-100" aria-label="Подтверждающие документы">
        {files.map((file) => (
          <li key={file.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
            <span>
              <a href={`/roadmap/evidence/${file.id}`} className="text-blue-800 underline">
                {file.fileName}
              </a>
              <span className="text-slate-600">
                {" "}
                · {humanSize(file.size)} · {formatInstant(file.createdAt, timeZone, "dateTime")} ·{" "}
                {file.uploadedBy?.displayName ?? "—"}
              </span>
            </span>
            <RemoveEvidenceButton evidenceId={file.id} fileName={file.fileName} />
          </li>
        ))}
      </ul>
      <EvidenceUpload itemId={itemId} />
    </Card>
  );
}
