import type { Metadata } from "next";
import Link from "next/link";
import { OwnConsentCard } from "@/components/consent/own-consent-card";
import { PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { currentConsentTexts } from "@/lib/consent/consent-texts";
import { listOwnConsents } from "@/lib/consent/list-own-consents";

export const metadata: Metadata = { title: "Согласия" };

export default async function ParentConsentsPage() {
  const viewer = await requirePage("/parent/consents");
  const [children, texts] = await Promise.all([listOwnConsents(viewer, "children"), currentConsentTexts(viewer.schoolId)]);
  return (
    <>
      <Link href="/parent" className="text-sm text-blue-800 underline">
        ← Мои дети
      </Link>
      <PageTitle subtitle="Согласие на обработку персональных данных нужно, чтобы ребёнок мог участвовать в программе наставничества. Его можно отозвать в любой момент.">
        Согласия
      </PageTitle>
      {children.length === 0 && <p>К вашей учётной записи пока не привязан ни один ребёнок. Обратитесь к куратору.</p>}
      {children.map((child) => (
        <OwnConsentCard key={child.id} row={child} texts={texts} forChild />
      ))}
    </>
  );
}
