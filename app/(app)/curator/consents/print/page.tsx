import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ConsentPrintForm } from "@/components/consent/consent-print-form";
import { PrintButton } from "@/components/print-button";
import { requirePage } from "@/lib/auth/guard";
import { currentConsentTexts, missingConsentTextNote } from "@/lib/consent/consent-texts";
import { consentPurposeLabels } from "@/lib/consent/default-texts";
import { listClassConsents } from "@/lib/consent/list-class-consents";
import { classKey, parseClassKey } from "@/lib/invitations/class-key";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Бланки согласий — печать" };

export default async function PrintConsentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePage("/curator/consents/print");
  const params = await searchParams;
  const purpose = firstParam(params, "purpose") === "PUBLICATION" ? "PUBLICATION" : "MENTORING";
  const schoolClass = parseClassKey(firstParam(params, "class"));
  if (!schoolClass) redirect("/curator/consents");
  const label = classKey(schoolClass);
  const [rows, texts] = await Promise.all([
    listClassConsents(viewer, schoolClass, `Бланки согласий, класс ${label}`),
    currentConsentTexts(viewer.schoolId),
  ]);
  const pupils = rows.filter((r) => !r.anonymisedAt && r.pupil?.status !== "LEFT");
  const text = texts[purpose];
  return (
    <div className="bg-white p-4 text-black print:p-0">
      <div className="mb-4 flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton />
        <Link href={`/curator/consents?class=${encodeURIComponent(label)}`} className="text-blue-800 underline">
          ← Согласия
        </Link>
        <h1 className="w-full text-lg font-semibold">
          Бланки согласий ({consentPurposeLabels[purpose].toLowerCase()}), {label} класс: {pupils.length}
        </h1>
      </div>
      {pupils.length === 0 && <p>В классе нет учеников.</p>}
      {!text && <p role="alert">{missingConsentTextNote}</p>}
      {text &&
        pupils.map((row) => (
          <ConsentPrintForm
            key={row.id}
            schoolName={viewer.schoolName}
            classLabel={label}
            pupil={row}
            parents={row.parents}
            requirement={row.status[purpose].requirement}
            text={text}
          />
        ))}
    </div>
  );
}
