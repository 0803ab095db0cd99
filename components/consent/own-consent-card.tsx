import { GiveConsentForm } from "@/components/consent/give-consent-form";
import { WithdrawConsentForm } from "@/components/consent/withdraw-consent-form";
import { Card } from "@/components/ui/card";
import { describeConsent } from "@/lib/consent/consent-rules";
import { missingConsentTextNote, type CurrentConsentTexts } from "@/lib/consent/consent-texts";
import { consentPurposeLabels } from "@/lib/consent/default-texts";
import type { OwnConsentRow } from "@/lib/consent/list-own-consents";
import { fullName } from "@/lib/format/person-name";
import type { ConsentPurpose } from "@/lib/generated/prisma/enums";

const purposes: ConsentPurpose[] = ["MENTORING", "PUBLICATION"];

/** One person's consents as the signed-in parent (for a child) or the person themselves sees them: status, text, give, withdraw. */
export function OwnConsentCard({ row, texts, forChild }: { row: OwnConsentRow; texts: CurrentConsentTexts; forChild: boolean }) {
  const name = fullName(row);
  return (
    <Card title={forChild ? name : "Моё согласие"} className="mb-4">
      {row.pupil && (
        <p className="text-sm text-slate-700">
          {row.pupil.grade} «{row.pupil.classLetter}» класс
        </p>
      )}
      {purposes.map((purpose) => {
        const status = row.status[purpose];
        return (
          <section key={purpose} aria-label={consentPurposeLabels[purpose]} className="mt-4 border-t border-slate-100 pt-3">
            <h3 className="font-medium">
              {consentPurposeLabels[purpose]}
              {purpose === "PUBLICATION" && " (по желанию)"}
            </h3>
            <p className={`mt-1 ${status.valid ? "text-green-800" : "text-slate-900"}`} data-testid={`consent-status-${purpose}`}>
              {describeConsent(status)}
            </p>
            {forChild && !status.valid && status.missing.includes("SELF") && status.requirement === "SELF_AND_REPRESENTATIVE" && (
              <p className="mt-1 text-sm text-slate-700">
                С 14 лет ребёнок также даёт своё согласие: в своём кабинете или на бумажном бланке у куратора.
              </p>
            )}
            <div className="mt-2">
              {row.given[purpose] ? (
                <WithdrawConsentForm subjectId={row.id} purpose={purpose} subjectName={name} />
              ) : row.refusal ? (
                <p className="text-sm text-slate-700">{row.refusal}</p>
              ) : texts[purpose] ? (
                <GiveConsentForm subjectId={row.id} purpose={purpose} text={texts[purpose]} />
              ) : (
                <p className="text-sm text-slate-700">{missingConsentTextNote}</p>
              )}
            </div>
          </section>
        );
      })}
    </Card>
  );
}
