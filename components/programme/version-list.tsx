import { Card } from "@/components/ui/card";
import { formatShortDate } from "@/lib/format/date";
import type { ProgrammeText } from "@/lib/programme-document/get-programme-text";
import { textStatusLabels } from "@/lib/programme-document/labels";

/** The text's versions, newest first, with what approved each. */
export function VersionList({
  versions,
  approvedNumber,
}: {
  versions: ProgrammeText["versions"];
  approvedNumber: number | null;
}) {
  return (
    <Card title="Версии">
      {approvedNumber && <p className="mb-2 text-sm">Действует версия {approvedNumber}.</p>}
      <ol className="space-y-2 text-sm">
        {versions.map((version) => (
          <li key={version.id}>
            <p className="font-medium">
              Версия {version.number}: {textStatusLabels[version.status]}
            </p>
            {version.status === "APPROVED" && version.orderDate && version.councilDate && (
              <p className="text-slate-700">
                Протокол № {version.councilProtocol} от {formatShortDate(version.councilDate)}; приказ № {version.orderNumber} от{" "}
                {formatShortDate(version.orderDate)}
              </p>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
