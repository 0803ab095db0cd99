import { consentGiverRoleLabels, consentMethodLabels } from "@/lib/consent/default-texts";
import type { ClassConsentRow } from "@/lib/consent/list-class-consents";
import { formatInstant, formatShortDate } from "@/lib/format/date";
import { shortName } from "@/lib/format/person-name";
import type { ConsentPurpose } from "@/lib/generated/prisma/enums";

/** The consents of one purpose recorded for a pupil: who, how, when, which version; withdrawn ones struck through. */
export function ConsentRecords({
  consents,
  purpose,
  timeZone,
}: {
  consents: ClassConsentRow["consentsAbout"];
  purpose: ConsentPurpose;
  timeZone: string;
}) {
  const rows = consents.filter((c) => c.purpose === purpose);
  if (rows.length === 0) return null;
  return (
    <ul className="mt-1 space-y-1 text-xs text-slate-700">
      {rows.map((c) => (
        <li key={c.id} className={c.withdrawnAt ? "line-through decoration-slate-500" : undefined}>
          {consentGiverRoleLabels[c.giverRole]} {shortName(c.giver)}, {consentMethodLabels[c.method].toLowerCase()},{" "}
          {formatShortDate(c.givenOn)}, ред. {c.text.version}
          {c.scanFileName && (
            <>
              {" · "}
              <a href={`/curator/consents/scan/${c.id}`} className="text-blue-800 underline">
                скан
              </a>
            </>
          )}
          {c.withdrawnAt && (
            <span className="no-underline">
              {" "}
              (отозвано {formatInstant(c.withdrawnAt, timeZone, "short")}
              {c.withdrawalReason ? `: ${c.withdrawalReason}` : ""})
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
